package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.merlab.prep.Ranks;

class SoftCorrelationTest {

    @Test
    void torchsortReadmeSpearmanValueAndGradient() {
        // torchsort README: spearmanr(pred=[[1,2,3,4,5]], target=[[5,6,7,8,7]]) soft-ranks both at strength 1
        // -> tensor(0.8321); grad w.r.t. pred -> [-5.5470e-02, 2.9802e-09, 5.5470e-02, 1.1094e-01, -1.1094e-01].
        double[] target = Ranks.soft(new double[] {5, 6, 7, 8, 7}, 1.0).values();
        var corr = SoftCorrelation.of(Ranks.soft(new double[] {1, 2, 3, 4, 5}, 1.0), target, 1e-9);
        assertEquals(0.8321, corr.value(), 5e-5);
        assertArrayEquals(new double[] {-5.5470e-02, 0, 5.5470e-02, 1.1094e-01, -1.1094e-01}, corr.gradient(), 5e-6);
    }

    @Test
    void constantSideHasZeroCorrelationAndGradient() {
        var corr = SoftCorrelation.of(Ranks.soft(new double[] {0.3, 0.3, 0.3}, 0.5), new double[] {1, 2, 3}, 1e-9);
        assertEquals(0, corr.value());
        assertArrayEquals(new double[3], corr.gradient(), 0);
        var flatTarget = SoftCorrelation.of(Ranks.soft(new double[] {1, 2, 3}, 0.5), new double[] {2, 2, 2}, 1e-9);
        assertEquals(0, flatTarget.value());
    }
}
