package org.merlab.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void averageRanksSplitTiesAsScipyRankdata() {
        // scipy.stats.rankdata([0, 2, 3, 2]) -> [1. , 2.5, 4. , 2.5]
        assertArrayEquals(new double[] {1, 2.5, 4, 2.5}, Ranks.average(new double[] {0, 2, 3, 2}), 0);
        assertArrayEquals(new double[] {2, 2, 2}, Ranks.average(new double[] {7, 7, 7}), 0);
    }

    @Test
    void softRanksOfTheTorchsortReadmeExample() {
        // torchsort README: soft_rank([[8, 0, 5, 3, 2, 1, 6, 7, 9]]) -> [[8., 1., 5., 4., 3., 2., 6., 7., 9.]]
        double[] x = {8, 0, 5, 3, 2, 1, 6, 7, 9};
        assertArrayEquals(new double[] {8, 1, 5, 4, 3, 2, 6, 7, 9}, Ranks.soft(x, 1.0).values(), 1e-12);
    }

    @Test
    void softRanksPoolCloseValuesAndAreHardRanksAsStrengthVanishes() {
        // [5, 6, 7, 8, 7] at strength 1: s - w = (3, 3, 4, 4, 4) pools into one block of mean 3.6 -> s - 3.6.
        assertArrayEquals(new double[] {1.4, 2.4, 3.4, 4.4, 3.4},
                Ranks.soft(new double[] {5, 6, 7, 8, 7}, 1.0).values(), 1e-12);
        double[] x = new Random(3).doubles(50).toArray();
        assertArrayEquals(Ranks.average(x), Ranks.soft(x, 1e-6).values(), 1e-9);
    }

    @Test
    void vjpMatchesFiniteDifferences() {
        var rng = new Random(11);
        double[] x = rng.doubles(12).map(v -> 3 * v).toArray();
        double[] u = rng.doubles(12).map(v -> v - 0.5).toArray();
        double eps = 0.7;
        double[] analytic = Ranks.soft(x, eps).vjp(u);
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (dot(u, Ranks.soft(up, eps).values()) - dot(u, Ranks.soft(down, eps).values())) / (2 * h);
            assertArrayEquals(new double[] {numeric}, new double[] {analytic[i]}, 1e-6, "input " + i);
        }
    }

    @Test
    void badStrengthAndNaNAreRefused() {
        double[] x = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> Ranks.soft(x, 0));
        assertThrows(IllegalArgumentException.class, () -> Ranks.soft(x, -1));
        assertThrows(IllegalArgumentException.class, () -> Ranks.soft(new double[] {1, Double.NaN}, 1));
        assertThrows(IllegalArgumentException.class, () -> Ranks.average(new double[] {Double.NaN}));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
