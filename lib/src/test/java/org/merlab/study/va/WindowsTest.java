package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.merlab.prep.StandardScaler;

class WindowsTest {

    private static final org.merlab.data.VaFeatures.Built DATA = VaFixtures.built(4, 2, 3);

    @Test
    void cutsConsecutiveWindowsAndStitchesThemBack() {
        int[] which = {2, 0};
        var w = Windows.of(DATA.pieces(), which, 4);
        int n2 = DATA.pieces().get(2).steps();
        int n0 = DATA.pieces().get(0).steps();
        assertEquals((n2 + 3) / 4 + (n0 + 3) / 4, w.size());
        float[][][] y = w.targets(new int[] {1, 0});
        // The targets, fed back as predictions, stitch into the pieces' own series.
        double[][] arousal = w.stitch(y, 0);
        double[][] valence = w.stitch(y, 1);
        assertEquals(n2, arousal[0].length);
        for (int t = 0; t < n2; t++) {
            assertEquals(DATA.pieces().get(2).arousal()[t], arousal[0][t], 1e-6);
            assertEquals(DATA.pieces().get(0).valence()[t % n0], valence[1][t % n0], 1e-6);
        }
        assertThrows(IllegalArgumentException.class, () -> w.stitch(new float[1][][], 0));
    }

    @Test
    void wholePiecesWithWindowZeroAndInputsStandardised() {
        int[] which = {0, 1, 3};
        var w = Windows.of(DATA.pieces(), which, 0);
        assertEquals(3, w.size());
        var scaler = StandardScaler.fit(Windows.rows(DATA.features(), which));
        float[][][] x = w.inputs(DATA.features(), scaler);
        assertEquals(DATA.pieces().get(3).steps(), x[2].length);
        double[] expected = scaler.transform(new double[][] {toDouble(DATA.features().get(1)[2])})[0];
        assertArrayEquals(expected, toDouble(x[1][2]), 1e-6);
    }

    @Test
    void clipsAreCutTheSameWayAndHaveNoTargets() {
        var w = Windows.ofClips(java.util.List.of(new float[5][2], new float[2][2]), 4);
        assertEquals(3, w.size());
        float[][][] predicted = {{{1}, {2}, {3}, {4}}, {{5}}, {{6}, {7}}};
        double[][] stitched = w.stitch(predicted, 0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, stitched[0]);
        assertArrayEquals(new double[] {6, 7}, stitched[1]);
        assertThrows(IllegalStateException.class, () -> w.targets(new int[] {0}));
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }
}
