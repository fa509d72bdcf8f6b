package org.merlab.baselines;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmileFitsTest {

    /** scikit-learn's gamma='scale' = 1 / (n_features * X.var()), the variance over every entry of X. */
    @Test
    void scaleGammaIsScikitLearns() {
        SklearnFixture sklearn = SklearnFixture.load();
        assertEquals(sklearn.svcGamma(), SmileFits.scaleGamma(sklearn.trainX()), 1e-12 * sklearn.svcGamma());
        assertEquals(1.0 / 2, SmileFits.scaleGamma(new double[][] {{0, 0}, {2, 2}}), 1e-15);
        // a constant matrix has no variance: scikit-learn falls back to gamma 1
        assertEquals(1.0, SmileFits.scaleGamma(new double[][] {{3, 3}, {3, 3}}));
    }
}
