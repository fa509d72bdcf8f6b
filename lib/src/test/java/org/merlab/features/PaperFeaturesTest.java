package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The paper's 28-value vector from librosa's own signal {@code y.npy}, against the means of librosa's own frame-level
 * reference arrays of the same clip, so only the assembly (which feature, which mean, which tempo) is under test here;
 * each feature's frame-level conformance is tested in its own class.
 */
class PaperFeaturesTest {

    private static final double SR = 22050;

    @ParameterizedTest
    @ValueSource(strings = {"synth_3s", "emotify_rock_147_12-15s", "emotify_rock_147_0-30s"})
    void matchesMeansOfLibrosaReferenceArrays(String clip) {
        double[] f = PaperFeatures.of(Conformance.signal(clip), SR);
        assertEquals(28, f.length);
        assertEquals(mean(Conformance.load(clip, "chroma_stft.npy").data()), f[0], 1e-4, "chroma_stft");
        assertEquals(mean(Conformance.load(clip, "rms.npy").data()), f[1], 1e-6, "rms");
        assertRelative(mean(Conformance.row(clip, "spectral_centroid.npy")), f[2], 1e-4, "spectral_centroid");
        assertRelative(mean(Conformance.row(clip, "spectral_bandwidth.npy")), f[3], 1e-4, "spectral_bandwidth");
        // One-bin rolloff jumps in a few frames move the mean by at most 10.77 Hz * jumps / frames.
        assertRelative(mean(Conformance.row(clip, "spectral_rolloff.npy")), f[4], 1e-3, "spectral_rolloff");
        assertEquals(mean(Conformance.row(clip, "zero_crossing_rate.npy")), f[5], 1e-9, "zero_crossing_rate");
        assertEquals(mean(Conformance.load(clip, "harmonic.npy").data()), f[6], 1e-6, "harmonic");
        assertEquals(Conformance.load(clip, "tempo.npy").data()[0], f[7], 1e-9, "tempo");
        double[][] mfcc = Conformance.matrix(clip, "mfcc.npy");
        for (int k = 0; k < 20; k++) {
            assertEquals(mean(mfcc[k]), f[8 + k], 1e-2, "mfcc" + (k + 1));
        }
    }

    @Test
    void splitsIntoEqualSegmentsAndDropsTheRemainder() {
        float[] y = new float[103];
        for (int i = 0; i < y.length; i++) {
            y[i] = i;
        }
        float[][] parts = PaperFeatures.split(y, 10);
        assertEquals(10, parts.length);
        assertArrayEquals(new float[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19}, parts[1]);
        assertEquals(99, parts[9][9]);
    }

    @Test
    void parallelSegmentsEqualSequentialOnes() {
        float[] y = Conformance.signal("synth_3s");
        double[][] one = PaperFeatures.ofSegments(y, 4, SR, 1);
        double[][] two = PaperFeatures.ofSegments(y, 4, SR, 2);
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(one[i], two[i]);
        }
    }

    @Test
    void columnsNameEveryValue() {
        assertEquals(PaperFeatures.SIZE, PaperFeatures.COLUMNS.size());
        assertEquals("mfcc1", PaperFeatures.COLUMNS.get(8));
        assertEquals("mfcc20", PaperFeatures.COLUMNS.get(27));
    }

    @Test
    void rejectsBadSegmentCountsAndTooShortSegments() {
        var e = assertThrows(ParameterException.class, () -> PaperFeatures.split(new float[10], 0));
        assertEquals("the number of segments must be at least 1, got 0", e.getMessage());
        assertThrows(ParameterException.class, () -> PaperFeatures.of(new float[2047], SR));
    }

    private static void assertRelative(double expected, double actual, double tolerance, String name) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, name);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }
}
