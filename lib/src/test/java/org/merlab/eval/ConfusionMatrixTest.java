package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfusionMatrixTest {

    /** truth vs predicted, worked by hand: counts [[2,1,1],[1,2,0],[0,1,2]]. */
    private static final ConfusionMatrix HAND = ConfusionMatrix.of(
            new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 2},
            new int[] {0, 0, 1, 2, 1, 1, 0, 2, 2, 1}, 3);

    @Test
    void threeClassByHand() {
        assertArrayEquals(new int[][] {{2, 1, 1}, {1, 2, 0}, {0, 1, 2}}, HAND.counts());
        assertEquals(10, HAND.total());
        assertEquals(0.6, HAND.accuracy(), 1e-12);
        assertEquals(2 / 3.0, HAND.precision(0), 1e-12);
        assertEquals(0.5, HAND.precision(1), 1e-12);
        assertEquals(0.5, HAND.recall(0), 1e-12);
        assertEquals(2 / 3.0, HAND.recall(2), 1e-12);
        assertEquals(4 / 7.0, HAND.f1(0), 1e-12);
        assertEquals(4 / 7.0, HAND.f1(1), 1e-12);
        assertEquals(2 / 3.0, HAND.f1(2), 1e-12);
        assertEquals(38 / 63.0, HAND.macroF1(), 1e-12);
        assertEquals(0.6, HAND.weightedF1(), 1e-12);
        // Gorodkin: (6*10 - (3*4 + 4*3 + 3*3)) / sqrt((100 - 34)(100 - 34)) = 27/66
        assertEquals(27 / 66.0, HAND.mcc(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.25, 0.25}, HAND.rowNormalized()[0], 1e-12);
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0}, HAND.rowNormalized()[2], 1e-12);
    }

    @Test
    void balancedAccuracyAveragesTheRecallOfClassesThatOccur() {
        // recalls 2/4, 2/3, 2/3, as sklearn's balanced_accuracy_score
        assertEquals((0.5 + 2 / 3.0 + 2 / 3.0) / 3, HAND.balancedAccuracy(), 1e-12);
        assertEquals((0.5 + 2 / 3.0 + 2 / 3.0) / 3, Metric.BALANCED_ACCURACY.of(HAND), 1e-12);
        // a class with no true rows (here class 1, predicted once) is left out of the mean, as sklearn does
        ConfusionMatrix absent = new ConfusionMatrix(new int[][] {{3, 1, 0}, {0, 0, 0}, {0, 0, 2}});
        assertEquals((0.75 + 1) / 2, absent.balancedAccuracy(), 1e-12);
        assertEquals(0, new ConfusionMatrix(new int[2][2]).balancedAccuracy());
        assertEquals("balancedAccuracy", Metric.BALANCED_ACCURACY.column());
        assertEquals("macroF1", Metric.MACRO_F1.column());
    }

    @Test
    void binaryMccMatchesTheTextbookFormula() {
        // TP 3, TN 4, FP 1, FN 2: (TP*TN - FP*FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)) = 10 / sqrt(600)
        ConfusionMatrix m = new ConfusionMatrix(new int[][] {{4, 1}, {2, 3}});
        assertEquals(10 / Math.sqrt(600), m.mcc(), 1e-12);
    }

    @Test
    void degenerateCasesAreZeroNotNaN() {
        ConfusionMatrix allOne = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {1, 1, 1}, 3);
        assertEquals(0, allOne.precision(0));
        assertEquals(0, allOne.f1(2));
        assertEquals(0, allOne.mcc());
        assertArrayEquals(new double[] {0, 0, 0}, allOne.rowNormalized()[2]);
        assertEquals(1, new ConfusionMatrix(new int[][] {{3, 0}, {0, 2}}).mcc(), 1e-12);
        assertEquals(-1, new ConfusionMatrix(new int[][] {{0, 3}, {3, 0}}).mcc(), 1e-12);
    }

    @Test
    void rejectsLabelsOutOfRange() {
        EvalException e = assertThrows(EvalException.class,
                () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 0}, 3));
        assertTrue(e.getMessage().contains("truth label 3 at row 1"), e.getMessage());
        assertThrows(EvalException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}, 3));
    }
}
