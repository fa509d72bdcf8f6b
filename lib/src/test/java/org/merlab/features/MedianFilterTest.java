package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MedianFilterTest {

    /** Brute force: pad with the mirrored edge samples (numpy 'symmetric' = scipy 'reflect'), sort every window. */
    private static float[] bruteForce(float[] x, int size) {
        int n = x.length;
        int h = size / 2;
        float[] padded = new float[n + 2 * h];
        for (int i = 0; i < h; i++) {
            padded[h - 1 - i] = x[i];
            padded[h + n + i] = x[n - 1 - i];
        }
        System.arraycopy(x, 0, padded, h, n);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            float[] w = Arrays.copyOfRange(padded, i, i + size);
            Arrays.sort(w);
            out[i] = w[h];
        }
        return out;
    }

    private static float[][] randomMatrix(int rows, int cols, long seed, int levels) {
        Random random = new Random(seed);
        float[][] x = new float[rows][cols];
        for (float[] row : x) {
            for (int c = 0; c < cols; c++) {
                row[c] = levels > 0 ? random.nextInt(levels) : random.nextFloat();
            }
        }
        return x;
    }

    @Test
    void rowsMatchBruteForceWithReflectEdges() {
        for (int levels : new int[] {0, 3}) { // continuous values, and many ties
            float[][] x = randomMatrix(7, 100, 11 + levels, levels);
            float[][] out = MedianFilter.alongRows(x, 31);
            for (int r = 0; r < x.length; r++) {
                assertArrayEquals(bruteForce(x[r], 31), out[r], "row " + r);
            }
        }
    }

    @Test
    void columnsMatchBruteForceWithReflectEdges() {
        float[][] x = randomMatrix(80, 5, 7, 0);
        float[][] out = MedianFilter.alongColumns(x, 9);
        for (int c = 0; c < 5; c++) {
            float[] column = new float[80];
            for (int r = 0; r < 80; r++) {
                column[r] = x[r][c];
            }
            float[] expected = bruteForce(column, 9);
            for (int r = 0; r < 80; r++) {
                assertArrayEquals(new float[] {expected[r]}, new float[] {out[r][c]}, "row " + r + " col " + c);
            }
        }
    }

    @Test
    void windowsLongerThanTheLineReflectRepeatedlyLikeScipy() {
        // scipy.ndimage.median_filter(np.float32([5, 1, 4, 2, 3]), size=7 / 31, mode='reflect'), scipy 1.10.1
        float[][] x = {{5, 1, 4, 2, 3}};
        assertArrayEquals(new float[] {4, 3, 3, 3, 3}, MedianFilter.alongRows(x, 7)[0]);
        assertArrayEquals(new float[] {3, 3, 3, 3, 3}, MedianFilter.alongRows(x, 31)[0]);
    }

    @Test
    void aRangeOfPositionsEqualsTheSameSliceOfTheWholeLine() {
        float[] x = randomMatrix(1, 90, 21, 0)[0];
        float[] whole = MedianFilter.alongRows(new float[][] {x}, 31)[0];
        MedianFilter.Line line = new MedianFilter.Line(x.length, 31);
        float[] part = new float[x.length];
        line.filter(x, part, 70, 90);
        line.filter(x, part, 0, 4);
        for (int i : new int[] {0, 3, 70, 80, 89}) {
            assertArrayEquals(new float[] {whole[i]}, new float[] {part[i]}, "position " + i);
        }
    }

    @Test
    void sizeOneIsTheIdentity() {
        float[][] x = randomMatrix(3, 20, 5, 0);
        assertArrayEquals(x, MedianFilter.alongColumns(x, 1));
    }

    @Test
    void rejectsEvenSizesAndNonFiniteInput() {
        assertThrows(ParameterException.class, () -> MedianFilter.alongRows(new float[][] {{1, 2}}, 4));
        assertThrows(ParameterException.class, () -> MedianFilter.alongRows(new float[][] {{1, Float.NaN}}, 3));
        assertThrows(ParameterException.class, () -> MedianFilter.alongColumns(new float[][] {{1, 2}, {3}}, 3));
    }
}
