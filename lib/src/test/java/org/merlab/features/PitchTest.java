package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Pitch} against librosa 0.10.2's {@code estimate_tuning(y=y, sr=sr)} ({@code estimate_tuning.npy}) on every
 * reference clip, and on tones of known tuning.
 *
 * <p>Measured: the estimate equals librosa's exactly (same histogram bin) on all six clips: synth_3s 0.01,
 * emotify_rock_147_12-15s 0.10, emotify_rock_147_0-30s 0.12, emotify_classical_6_0-30s -0.08,
 * ogg_battle-epic_10-40s 0.05, 4q_Q2_MT0000956340_full 0.05.
 */
class PitchTest {

    static final List<String> CLIPS = Conformance.CLIPS;

    @ParameterizedTest
    @FieldSource("CLIPS")
    void estimateTuningMatchesLibrosa(String clip) {
        double expected = Conformance.load(clip, "estimate_tuning.npy").data()[0];
        double actual = Pitch.estimateTuning(Conformance.signal(clip), 22050);
        Conformance.report("estimate_tuning", clip, "java/ref", actual);
        Conformance.report("estimate_tuning", clip, "abs", Math.abs(actual - expected));
        assertEquals(expected, actual, 1e-9, clip);
    }

    /** librosa's docstring example: notes at +25 cents give a tuning of 0.25. */
    @Test
    void pitchTuningOfDetunedNotes() {
        float[] f = new float[24];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) (55 * Math.pow(2, (i + 0.25) / 12));
        }
        assertEquals(0.25, Pitch.pitchTuning(f, 0.01, 12), 1e-9);
        // -0.095 lies inside the histogram bin [-0.10, -0.09), whose left edge is returned.
        assertEquals(-0.1, Pitch.pitchTuning(new float[] {(float) (440 * Math.pow(2, -0.095 / 12)), 0f, -3f}, 0.01, 12),
                1e-9);
        assertEquals(0.0, Pitch.pitchTuning(new float[] {0f, -1f}, 0.01, 12));
    }

    @Test
    void piptrackFindsASineWithinAFractionOfABin() {
        float[] y = sine(1234.5, 22050, 22050);
        Pitch.Peaks peaks = Pitch.piptrack(Stft.stft(y).magnitude(), 22050, Pitch.FMIN, Pitch.FMAX, Pitch.THRESHOLD);
        int t = 20;
        int found = 0;
        for (int k = 0; k < peaks.pitches().length; k++) {
            if (peaks.pitches()[k][t] > 0) {
                found++;
                assertEquals(1234.5, peaks.pitches()[k][t], 1.0);
                assertTrue(peaks.magnitudes()[k][t] > 0);
            }
        }
        assertEquals(1, found);
    }

    @Test
    void estimateTuningOfADetunedTone() {
        float[] y = sine(440 * Math.pow(2, 0.3 / 12), 22050 * 2, 22050);
        assertEquals(0.3, Pitch.estimateTuning(y, 22050), 0.02);
        assertEquals(0.0, Pitch.estimateTuning(new float[22050], 22050));
    }

    @Test
    void parameterErrors() {
        assertThrows(ParameterException.class, () -> Pitch.pitchTuning(new float[] {440f}, 0, 12));
        assertThrows(ParameterException.class, () -> Pitch.pitchTuning(new float[] {440f}, 0.01, 0));
        assertThrows(ParameterException.class, () -> Pitch.piptrack(new float[2][5], 22050, 150, 4000, 0.1));
    }

    static float[] sine(double hz, int n, double sr) {
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / sr));
        }
        return y;
    }
}
