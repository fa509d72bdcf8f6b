package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MapExamplesTest {

    private static float[][][] maps() {
        float[][][] x = new float[3][2][4];
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 2; r++) {
                for (int t = 0; t < 4; t++) {
                    x[i][r][t] = 100 * i + 10 * r + t;
                }
            }
        }
        return x;
    }

    @Test
    void batchesAreSequencesOrImagesInTheGivenOrder() {
        var seq = Examples.mapTargets(maps(), false, new double[][] {{1}, {2}, {3}}).batch(new int[] {2, 0, 1}, 0, 2);
        assertArrayEquals(new long[] {2, 2, 4}, seq.getFeatures().shape());
        assertEquals(213f, seq.getFeatures().getFloat(0, 1, 3));
        assertEquals(3f, seq.getLabels().getFloat(0, 0));
        var img = Examples.mapClasses(maps(), true, new int[] {0, 1, 1}, 2).batch(new int[] {1, 2, 0}, 1, 3);
        assertArrayEquals(new long[] {2, 1, 2, 4}, img.getFeatures().shape());
        assertEquals(201f, img.getFeatures().getFloat(0, 0, 0, 1));
        assertArrayEquals(new float[] {1, 0}, img.getLabels().getRow(1).toFloatVector());
        assertEquals(Metric.ACCURACY, Examples.mapClasses(maps(), true, null, 2).metric());
        assertEquals(Metric.MAE, Examples.mapTargets(maps(), true, new double[][] {{1}, {2}, {3}}).metric());
    }

    @Test
    void badInputNamesTheExample() {
        var nan = assertThrows(IllegalArgumentException.class,
                () -> Examples.mapTargets(maps(), false, new double[][] {{1}, {Double.NaN}, {3}}));
        assertEquals("maps: target 0 of example 1 is NaN", nan.getMessage());
        var ragged = maps();
        ragged[2][1] = new float[3];
        assertThrows(IllegalArgumentException.class, () -> Examples.mapClasses(ragged, false, new int[3], 2));
        assertThrows(IllegalArgumentException.class, () -> Examples.mapClasses(maps(), false, new int[] {0, 2, 0}, 2));
    }
}
