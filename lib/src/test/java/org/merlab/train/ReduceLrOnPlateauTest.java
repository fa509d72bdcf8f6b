package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReduceLrOnPlateauTest {

    /** The rate after each epoch when the losses come in order, starting from rate 1. */
    private static double[] rates(ReduceLrOnPlateau schedule, double... losses) {
        var monitor = schedule.monitor();
        double lr = 1;
        double[] out = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            lr = monitor.next(losses[i], lr);
            out[i] = lr;
        }
        return out;
    }

    @Test
    void halvesAfterPatienceEpochsWithoutImprovementAndAgainAfterAsMany() {
        var schedule = new ReduceLrOnPlateau(0.5, 2, 0, 0, 0);
        assertArrayEquals(new double[] {1, 1, 1, 0.5, 0.5, 0.25, 0.25},
                rates(schedule, 1.0, 0.9, 0.95, 0.96, 0.97, 0.98, 0.5));
    }

    @Test
    void improvementResetsTheWait() {
        var schedule = new ReduceLrOnPlateau(0.5, 2, 0, 0, 0);
        assertArrayEquals(new double[] {1, 1, 1, 1, 0.5}, rates(schedule, 1.0, 1.1, 0.8, 0.9, 0.9));
    }

    @Test
    void cooldownSuspendsTheWait() {
        var schedule = new ReduceLrOnPlateau(0.5, 1, 2, 0, 0);
        // Epoch 2 reduces and starts a 2-epoch cooldown; epoch 3 is in it; epoch 4 ends it and may reduce again.
        assertArrayEquals(new double[] {1, 0.5, 0.5, 0.25, 0.25, 0.125}, rates(schedule, 1, 2, 2, 2, 2, 2));
    }

    @Test
    void neverGoesBelowMinLr() {
        var schedule = new ReduceLrOnPlateau(0.1, 1, 0, 0.05, 0);
        assertArrayEquals(new double[] {1, 0.1, 0.05, 0.05}, rates(schedule, 1, 2, 2, 2));
    }

    @Test
    void improvementSmallerThanMinDeltaDoesNotCount() {
        var schedule = new ReduceLrOnPlateau(0.5, 1, 0, 0, 0.1);
        assertArrayEquals(new double[] {1, 0.5, 0.5}, rates(schedule, 1.0, 0.95, 0.85));
    }

    @Test
    void nanLossIsNoImprovement() {
        assertArrayEquals(new double[] {1, 0.5}, rates(new ReduceLrOnPlateau(0.5, 1, 0, 0, 0), 1, Double.NaN));
    }

    @Test
    void offNeverFires() {
        assertArrayEquals(new double[] {1, 1, 1, 1}, rates(ReduceLrOnPlateau.off(), 1, 2, 3, 4));
    }

    @Test
    void badSettingsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ReduceLrOnPlateau(1.0, 5, 0, 0, 0));
        assertTrue(e.getMessage().contains("factor"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ReduceLrOnPlateau(0.5, 0, 0, 0, 0));
        assertTrue(e.getMessage().contains("patience"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ReduceLrOnPlateau(0.5, 1, -1, 0, 0));
        assertTrue(e.getMessage().contains("cooldown"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ReduceLrOnPlateau(0.5, 1, 0, -1, 0));
        assertTrue(e.getMessage().contains("minLr"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ReduceLrOnPlateau(0.5, 1, 0, 0, Double.NaN));
        assertTrue(e.getMessage().contains("minDelta"), e.getMessage());
    }
}
