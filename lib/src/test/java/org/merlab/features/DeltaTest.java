package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Delta} against {@code librosa.feature.delta} as {@code make_librosa_fixtures.py} re-states it
 * ({@code scipy.signal.savgol_filter(mfcc, 9, deriv=1, polyorder=1, mode='interp')} of librosa's {@code mfcc.npy}),
 * and against lines whose slope is known. Measured: largest absolute error 2.2e-5 (synth_3s) and 4.2e-6 (rock),
 * on MFCCs of magnitude in the hundreds (scipy filters librosa's float32 array in float32, we in double).
 */
class DeltaTest {

    static final List<String> CLIPS = Conformance.SHORT_CLIPS;

    @ParameterizedTest
    @FieldSource("CLIPS")
    void matchesLibrosaOnItsMfcc(String clip) {
        float[][] mfcc = Conformance.floats(Conformance.matrix(clip, "mfcc.npy"));
        double error = Conformance.maxAbsError(Conformance.fixture(clip, "mfcc_delta"), Delta.delta(mfcc));
        Conformance.report("delta(mfcc)", clip, "abs", error);
        assertTrue(error < 1e-4, "delta " + error);
    }

    @Test
    void aLineHasItsSlopeEverywhereEdgesIncluded() {
        float[][] line = new float[1][12];
        for (int t = 0; t < 12; t++) {
            line[0][t] = 3f - 0.5f * t;
        }
        for (double d : Delta.delta(line)[0]) {
            assertEquals(-0.5, d, 1e-12);
        }
    }

    @Test
    void edgesTakeTheSlopeOfTheFirstAndLastWindows() {
        float[][] data = {{0, 0, 0, 9, 0, 0}};
        double[][] d = Delta.delta(data, 3);
        // centred: (x[t+1] - x[t-1]) / 2; ends: the slope of a line fitted to the 3 end frames
        assertEquals(0.0, d[0][0], 1e-12);
        assertEquals(4.5, d[0][2], 1e-12);
        assertEquals(-4.5, d[0][4], 1e-12);
        assertEquals(-4.5, d[0][5], 1e-12);
    }

    @Test
    void rejectsABadWidth() {
        float[][] data = new float[2][5];
        assertThrows(ParameterException.class, () -> Delta.delta(data, 4));
        assertThrows(ParameterException.class, () -> Delta.delta(data, 1));
        ParameterException e = assertThrows(ParameterException.class, () -> Delta.delta(data, 7));
        assertTrue(e.getMessage().contains("cannot exceed the 5 frames"), e.getMessage());
    }
}
