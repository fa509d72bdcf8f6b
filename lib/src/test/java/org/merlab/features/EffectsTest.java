package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EffectsTest {

    /** The clips whose full {@code harmonic.npy} is in the fixtures. */
    private static final List<String> HARMONIC_CLIPS =
            List.of("synth_3s", "emotify_rock_147_12-15s", "emotify_rock_147_0-30s");

    @Test
    void harmonicMatchesLibrosaEffectsHarmonic() {
        for (String clip : HARMONIC_CLIPS) {
            float[] y = Conformance.signal(clip);
            double[] expected = Conformance.load(clip, "harmonic.npy").data();
            float[] harmonic = Effects.harmonic(y);
            assertEquals(expected.length, harmonic.length, clip);
            double peak = 0;
            double err = 0;
            double meanExpected = 0;
            double mean = 0;
            for (int i = 0; i < expected.length; i++) {
                peak = Math.max(peak, Math.abs(expected[i]));
                err = Math.max(err, Math.abs(expected[i] - harmonic[i]));
                meanExpected += expected[i];
                mean += harmonic[i];
            }
            meanExpected /= expected.length;
            mean /= expected.length;
            Conformance.report("harmonic", clip, "max abs", err);
            Conformance.report("harmonic", clip, "err/max", err / peak);
            Conformance.report("harmonic", clip, "mean err", Math.abs(mean - meanExpected));
            assertTrue(err / peak < 1e-4, clip + ": " + err / peak);
            assertEquals(meanExpected, mean, 1e-9, clip);
        }
    }

    @Test
    void harmonicKeepsAPureToneAndItsLength() {
        float[] y = new float[30000];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        float[] h = Effects.harmonic(y);
        assertEquals(y.length, h.length);
        for (int i = 2048; i < y.length - 2048; i++) {
            assertEquals(y[i], h[i], 1e-3, "sample " + i);
        }
    }
}
