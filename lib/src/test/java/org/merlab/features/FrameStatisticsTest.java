package org.merlab.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FrameStatistics}: its layout, its means against the functions it summarises (the MFCC means are
 * {@link PaperFeatures}' MFCC columns, the chroma means average to its chroma column), its deviations against a
 * direct computation of the contrast and flatness rows, and its input checks. The rows' own agreement with librosa
 * is each function's test (SpectralTest, SpectralContrastTest, DeltaTest, MelTest, ChromaTest).
 */
class FrameStatisticsTest {

    @Test
    void layoutIsMeanThenSdOfSixtyFiveRows() {
        assertEquals(65, FrameStatistics.ROWS.size());
        assertEquals(130, FrameStatistics.SIZE);
        assertEquals(List.of("chroma1_mean", "chroma1_std"), FrameStatistics.COLUMNS.subList(0, 2));
        assertEquals("flatness_std", FrameStatistics.COLUMNS.getLast());
        assertEquals(FrameStatistics.SIZE, FrameStatistics.COLUMNS.stream().distinct().count());
    }

    @Test
    void meansMatchThePaperFeaturesAndDeviationsMatchTheRows() {
        float[] y = Conformance.signal("synth_3s");
        double[] stats = FrameStatistics.of(y, 22050);
        double[] paper = PaperFeatures.of(y, 22050);
        for (int k = 1; k <= Mel.N_MFCC; k++) {
            int column = FrameStatistics.COLUMNS.indexOf("mfcc" + k + "_mean");
            assertEquals(paper[PaperFeatures.COLUMNS.indexOf("mfcc" + k)], stats[column],
                    1e-9 * Math.max(1, Math.abs(stats[column])), "mfcc" + k);
        }
        double chroma = 0;
        for (int c = 1; c <= Chroma.N_CHROMA; c++) {
            chroma += stats[FrameStatistics.COLUMNS.indexOf("chroma" + c + "_mean")] / Chroma.N_CHROMA;
        }
        assertEquals(paper[0], chroma, 1e-9);
        assertEquals(paper[PaperFeatures.COLUMNS.indexOf("rms")], stats[FrameStatistics.COLUMNS.indexOf("rms_mean")],
                1e-9);

        float[][] magnitude = Stft.stft(y).magnitude();
        double[] flatness = Spectral.spectralFlatness(magnitude);
        assertEquals(sd(flatness), stats[FrameStatistics.COLUMNS.indexOf("flatness_std")], 1e-12);
        double[] contrast3 = SpectralContrast.of(magnitude, 22050)[3];
        assertEquals(sd(contrast3), stats[FrameStatistics.COLUMNS.indexOf("contrast3_std")], 1e-9);
        for (int i = 1; i < stats.length; i += 2) {
            assertTrue(stats[i] >= 0, FrameStatistics.COLUMNS.get(i));
        }
    }

    @Test
    void tooShortForNineFramesIsRejected() {
        ParameterException e = assertThrows(ParameterException.class, () -> FrameStatistics.of(new float[4000], 22050));
        assertTrue(e.getMessage().contains("9 frames"), e.getMessage());
    }

    /** Population standard deviation, as {@code np.std}. */
    private static double sd(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length);
    }
}
