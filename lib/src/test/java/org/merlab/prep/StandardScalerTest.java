package org.merlab.prep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StandardScalerTest {

    static Samples of(double[][] x) {
        String[] g = new String[x.length];
        java.util.Arrays.fill(g, "t");
        return new Samples(x, new int[x.length], g, List.of("c"));
    }

    @Test
    void centredSubtractsTheMean() {
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5}, StandardScaler.centred(new double[] {1, 2, 3, 4}), 1e-12);
        assertArrayEquals(new double[0], StandardScaler.centred(new double[0]));
    }

    @Test
    void populationStdAndConstantFeature() {
        // feature 0: 1, 3 -> mean 2, population std 1; feature 1 constant -> scale 1
        StandardScaler scaler = StandardScaler.fit(of(new double[][] {{1, 5}, {3, 5}}));
        assertArrayEquals(new double[] {2, 5}, scaler.mean(), 1e-12);
        assertArrayEquals(new double[] {1, 1}, scaler.scale(), 1e-12);
        assertArrayEquals(new double[] {3, -1}, scaler.transform(new double[][] {{5, 4}})[0], 1e-12);
    }

    @Test
    void rejectsEmptyAndMismatchedInput() {
        assertThrows(PrepException.class, () -> StandardScaler.fit(of(new double[0][])));
        StandardScaler scaler = StandardScaler.fit(of(new double[][] {{1, 2}}));
        assertThrows(PrepException.class, () -> scaler.transform(new double[][] {{1}}));
    }

    @Test
    void fitsPlainRowsSuchAsTimeSteps() {
        var s = StandardScaler.fit(new double[][] {{1, 5}, {3, 5}});
        assertArrayEquals(new double[] {2, 5}, s.mean(), 1e-12);
        assertArrayEquals(new double[] {1, 1}, s.scale(), 1e-12);
        assertThrows(PrepException.class, () -> StandardScaler.fit(new double[][] {{1, 2}, {3}}));
        assertThrows(PrepException.class, () -> StandardScaler.fit(new double[0][]));
    }
}
