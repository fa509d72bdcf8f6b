package org.merlab.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TargetScoresTest {

    @Test
    void noisyPredictorHasAnIntervalAroundItsCorrelation() {
        var rng = new Random(1);
        double[] truth = rng.doubles(200).toArray();
        double[] predicted = new double[200];
        String[] groups = new String[200];
        for (int i = 0; i < 200; i++) {
            predicted[i] = 0.5 * truth[i] + 0.2 * rng.nextGaussian();
            groups[i] = "artist" + i / 2;
        }
        var s = TargetScores.of("m", "valence", truth, predicted, groups, new BootstrapOptions(300, 2));
        assertTrue(s.spearmanCi().contains(s.spearman()) && s.spearmanCi().width() < 0.3, s.toString());
        assertTrue(s.pearsonCi().contains(s.pearson()), s.toString());
        assertEquals(Correlation.sd(predicted) / Correlation.sd(truth), s.spread(), 1e-12);
        assertEquals(1, TargetScores.table("t", List.of(s)).rowCount());
    }

    @Test
    void meanPredictorHasNoCorrelationAndNoSpread() {
        double[] truth = {1, 2, 3, 4};
        var s = TargetScores.of("mean", "arousal", truth, new double[] {2.5, 2.5, 2.5, 2.5}, null,
                new BootstrapOptions(50, 1));
        assertEquals(Double.NaN, s.spearman());
        assertNull(s.spearmanCi());
        assertEquals(0, s.spread());
        assertEquals(1.25, s.mse(), 1e-12);
    }

    @Test
    void nonFiniteValuesAreRefusedWithTheRow() {
        var e = assertThrows(EvalException.class, () -> TargetScores.of("m", "t", new double[] {1, Double.NaN},
                new double[] {1, 2}, null, BootstrapOptions.NONE));
        assertEquals("row 1: target NaN, prediction 2.0", e.getMessage());
    }
}
