package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SequenceScoresTest {

    private static List<double[]> truth(int pieces, long seed) {
        var rng = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            double[] y = new double[10];
            double level = rng.nextDouble(-0.5, 0.5);
            for (int k = 0; k < y.length; k++) {
                y[k] = level + 0.2 * Math.sin(k + i);
            }
            out.add(y);
        }
        return out;
    }

    private static List<double[]> noisy(List<double[]> truth, double sd, long seed) {
        var rng = new SplittableRandom(seed);
        return truth.stream().map(y -> {
            double[] p = y.clone();
            for (int k = 0; k < p.length; k++) {
                p[k] += sd * rng.nextGaussian();
            }
            return p;
        }).toList();
    }

    @Test
    void intervalsContainTheValuesAndNarrowWithMorePieces() {
        var small = truth(10, 1);
        var large = truth(160, 1);
        var options = new BootstrapOptions(300, 2);
        var a = SequenceScores.of(small, noisy(small, 0.1, 3), options);
        var b = SequenceScores.of(large, noisy(large, 0.1, 3), options);
        for (SequenceMetric m : SequenceMetric.values()) {
            assertTrue(a.interval(m).contains(a.value(m)), m + " " + a.interval(m) + " " + a.value(m));
        }
        assertTrue(b.interval(SequenceMetric.RMSE).width() < a.interval(SequenceMetric.RMSE).width());
    }

    @Test
    void thePairedDifferenceFindsTheBetterModel() {
        var y = truth(40, 4);
        var good = noisy(y, 0.05, 5);
        var bad = noisy(y, 0.3, 6);
        var d = SequenceScores.difference(y, good, bad, SequenceMetric.RMSE, new BootstrapOptions(300, 7));
        assertTrue(d.value() < 0);
        assertTrue(d.interval().high() < 0, d.interval().toString());
        assertNull(SequenceScores.difference(y, good, bad, SequenceMetric.RMSE, BootstrapOptions.NONE).interval());
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        var y = truth(20, 8);
        var p = noisy(y, 0.1, 9);
        assertEquals(SequenceScores.of(y, p, new BootstrapOptions(100, 1)).intervals(),
                SequenceScores.of(y, p, new BootstrapOptions(100, 1)).intervals());
    }
}
