package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PairedCorrelationTest {

    @Test
    void aBetterModelHasAPositiveDifferenceAndASmallP() {
        var rng = new Random(4);
        int n = 150;
        double[] truth = rng.doubles(n).toArray();
        double[] good = new double[n];
        double[] poor = new double[n];
        for (int i = 0; i < n; i++) {
            good[i] = truth[i] + 0.1 * rng.nextGaussian();
            poor[i] = truth[i] + 1.0 * rng.nextGaussian();
        }
        var c = PairedCorrelation.of("good", "poor", "valence", truth, good, poor, null, new BootstrapOptions(400, 3));
        assertTrue(c.difference() > 0.3 && c.interval().low() > 0 && c.p() < 0.01, c.toString());
        assertTrue(c.notWorseThan(0.05));
    }

    @Test
    void identicalModelsDifferByZeroWithPOne() {
        double[] truth = {1, 2, 3, 4, 5, 6};
        double[] a = {1, 3, 2, 4, 6, 5};
        var c = PairedCorrelation.of("a", "b", "t", truth, a, a.clone(), null, new BootstrapOptions(100, 1));
        assertEquals(0, c.difference());
        assertEquals(1, c.p());
    }
}
