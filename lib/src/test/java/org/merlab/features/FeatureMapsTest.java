package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeatureMapsTest {

    /** 4 s of a 440 Hz tone with a click every 0.5 s (120 bpm). */
    private static float[] clicks() {
        int sr = 22050;
        float[] y = new float[4 * sr];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.1 * Math.sin(2 * Math.PI * 440 * i / sr));
            if (i % (sr / 2) < 200) {
                y[i] += (float) (0.8 * Math.sin(2 * Math.PI * 2000 * i / sr));
            }
        }
        return y;
    }

    @Test
    void variantsHaveTheirShapes() {
        var maps = FeatureMaps.of(clicks(), 22050, 64);
        int frames = 1 + 4 * 22050 / 512;
        assertEquals(64, maps.mel().length);
        assertEquals(frames, maps.mel()[0].length);
        assertEquals(12, maps.chroma().length);
        assertEquals(76, maps.map(FeatureMaps.Input.FUSED, false, 4).length);
        assertEquals((frames + 3) / 4, maps.map(FeatureMaps.Input.MEL, false, 4)[0].length);
        assertTrue(maps.beats().length >= 4, "beats found: " + maps.beats().length);
        var synced = maps.map(FeatureMaps.Input.CHROMA, true, 4);
        assertEquals(Sync.mean(maps.chroma(), maps.beats())[0].length, synced[0].length);
        // chroma 2c - 1 lies in [-1, 1]; between clicks the tone's pitch class (A, row 9) is the loudest.
        assertEquals(1f, maps.chroma()[9][(int) (2.25 * 22050 / 512)], 1e-6);
    }

    @Test
    void fitCutsOrTiles() {
        float[][] m = {{1, 2, 3}};
        assertArrayEquals(new float[] {1, 2}, FeatureMaps.fit(m, 2)[0]);
        assertArrayEquals(new float[] {1, 2, 3, 1, 2}, FeatureMaps.fit(m, 5)[0]);
        assertThrows(ParameterException.class, () -> FeatureMaps.fit(m, 0));
    }
}
