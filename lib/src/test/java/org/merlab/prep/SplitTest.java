package org.merlab.prep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.merlab.prep.StandardScalerTest.of;

class SplitTest {

    @Test
    void standardizedUsesTrainingStatisticsOnly() {
        // train 0, 2: mean 1, std 1; validation and test must not move that
        Split split = new Split(of(new double[][] {{0}, {2}}), of(new double[][] {{4}}), of(new double[][] {{100}}));
        Split scaled = split.standardized();
        assertArrayEquals(new double[] {-1}, scaled.train().row(0), 1e-12);
        assertArrayEquals(new double[] {3}, scaled.validation().row(0), 1e-12);
        assertArrayEquals(new double[] {99}, scaled.test().row(0), 1e-12);
    }
}
