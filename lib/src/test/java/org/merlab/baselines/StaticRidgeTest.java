package org.merlab.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StaticRidgeTest {

    @Test
    void aSmallPenaltyRecoversALinearRelationAndALargeOneShrinksToTheMean() {
        // y = 2 + 3 x0 - x1 exactly; column 2 is constant and must get no weight (Smile would reject it).
        SplittableRandom rng = new SplittableRandom(3);
        double[][] x = new double[30][3];
        double[] y = new double[30];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = rng.nextGaussian();
            x[i][1] = rng.nextGaussian();
            x[i][2] = 5;
            y[i] = 2 + 3 * x[i][0] - x[i][1];
        }
        var tight = StaticRidge.fit(x, y, 1e-6);
        double[] row = {0.5, -1, 5};
        assertEquals(2 + 1.5 + 1, tight.predict(row), 1e-4);
        assertEquals(0, tight.weights()[2]);
        var loose = StaticRidge.fit(x, y, 1e9);
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        assertEquals(mean, loose.predict(row), 1e-3);
    }

    @Test
    void matchesTheNormalEquationsOnCentredColumns() {
        // Two columns, lambda 2: w = (X'X + 2I)^-1 X'(y - mean y) on centred X, checked against the 2x2 inverse.
        double[][] x = {{1, 0}, {2, 1}, {3, 1}, {4, 3}};
        double[] y = {1, 3, 2, 5};
        var fit = StaticRidge.fit(x, y, 2);
        double[] mean = {2.5, 1.25};
        double a = 2, b = 0, d = 2, c0 = 0, c1 = 0;
        for (int i = 0; i < 4; i++) {
            double z0 = x[i][0] - mean[0];
            double z1 = x[i][1] - mean[1];
            a += z0 * z0;
            b += z0 * z1;
            d += z1 * z1;
            c0 += z0 * (y[i] - 2.75);
            c1 += z1 * (y[i] - 2.75);
        }
        double det = a * d - b * b;
        assertArrayEquals(new double[] {(d * c0 - b * c1) / det, (a * c1 - b * c0) / det}, fit.weights(), 1e-12);
        assertEquals(2.75, fit.intercept(), 1e-12);
        assertEquals(2.75 + fit.weights()[0] * (5 - 2.5) + fit.weights()[1] * (0 - 1.25),
                fit.predict(new double[] {5, 0}), 1e-12);
    }

    @Test
    void aNearlyConstantColumnDoesNotBlowUpOnNewRows() {
        // Column 1 barely varies in training; standardising it would turn a test value of 1 into a z of 1e6.
        double[][] x = {{0, 1e-6}, {1, 0}, {2, 1e-6}, {3, 0}};
        double[] y = {0, 1, 2, 3};
        double p = StaticRidge.fit(x, y, 0.01).predict(new double[] {1.5, 1});
        assertTrue(Math.abs(p - 1.5) < 0.1, "prediction " + p);
    }

    @Test
    void choosesThePenaltyOnTheValidationRowsOnly() {
        // Training targets are pure noise around 0; validation targets sit at 0: the largest penalty
        // (predict the mean) wins. With validation targets following the signal, the smallest wins.
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = new double[40][4];
        double[] signal = new double[40];
        double[] noise = new double[40];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextGaussian();
            }
            signal[i] = x[i][0];
            noise[i] = rng.nextGaussian();
        }
        double level = java.util.Arrays.stream(noise).average().orElseThrow();
        for (int i = 0; i < noise.length; i++) {
            noise[i] -= level;
        }
        double[][] xVal = {{1, 0, 0, 0}, {-1, 0, 0, 0}, {0.5, 0, 0, 0}};
        double[] penalties = {1e-3, 1e6};
        var toMean = StaticRidge.choose(x, noise, xVal, new double[] {0.0, 0.0, 0.0}, penalties);
        assertEquals(1e6, toMean.penalty());
        var toSignal = StaticRidge.choose(x, signal, xVal, new double[] {1, -1, 0.5}, penalties);
        assertEquals(1e-3, toSignal.penalty());
        assertThrows(BaselineException.class, () -> StaticRidge.choose(x, signal, new double[0][], new double[0],
                penalties));
    }

    @Test
    void summarisesAPieceByColumnMeansThenSds() {
        double[] s = StaticRidge.summary(new float[][] {{1, 10}, {3, 10}});
        assertArrayEquals(new double[] {2, 10, 1, 0}, s, 1e-12);
        assertThrows(BaselineException.class, () -> StaticRidge.summary(new float[0][]));
        assertTrue(StaticRidge.PENALTIES.length > 1);
    }
}
