package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.merlab.testing.Shared;

/** {@link HarmonicMean} through its public entry point {@link Effects#harmonicMean}. */
class HarmonicMeanTest {

    private static double mean(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** {@code mean} of {@code harmonic} in the clip's {@code summary.json} (np.mean of the float32 waveform). */
    private static double summaryMean(String clip) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(Shared.reference(clip).resolve("summary.json").toFile());
        return summary.get("harmonic").get("mean").asDouble();
    }

    @Test
    void harmonicMeanMatchesLibrosaOnAllSixClips() throws IOException {
        for (String clip : Conformance.CLIPS) {
            double expected = summaryMean(clip);
            double mean = Effects.harmonicMean(Conformance.signal(clip));
            Conformance.report("harmonic mean", clip, "abs err", Math.abs(mean - expected));
            assertEquals(expected, mean, 1e-9, clip);
        }
    }

    @Test
    void harmonicMeanMatchesThePaperFeaturesOfSegmentsWithin30s() throws IOException {
        double worst = 0;
        for (RhythmFixtures.PaperSegment segment : RhythmFixtures.paperSegmentsWithin30s()) {
            double mean = Effects.harmonicMean(segment.samples());
            worst = Math.max(worst, Math.abs(mean - segment.harmonic()));
            assertEquals(segment.harmonic(), mean, 1e-9, segment.name());
        }
        Conformance.report("harmonic mean", "26 paper segments", "abs err", worst);
    }

    @Test
    void harmonicMeanEqualsTheMeanOfTheHarmonicSignal() {
        Random random = new Random(17);
        float[] y = new float[30011];
        for (int i = 0; i < y.length; i++) {
            double t = i / 22050.0;
            y[i] = (float) (0.3 * Math.sin(2 * Math.PI * (200 + 900 * t) * t) + 0.05 * random.nextGaussian()
                    + (i % 5000 < 30 ? 0.4 : 0.0) + 0.01);
        }
        float[] shortClip = Arrays.copyOf(y, 2600); // 6 frames, all of them edge frames
        assertEquals(mean(Effects.harmonic(shortClip)), Effects.harmonicMean(shortClip), 1e-9);
        List<StftOptions> stfts = List.of(StftOptions.DEFAULT, new StftOptions(2048, 256, 2048, true),
                new StftOptions(1024, 256, 512, true), new StftOptions(2048, 512, 2048, false),
                new StftOptions(1025, 300, 1025, true));
        List<HpssOptions> hpsss = List.of(HpssOptions.DEFAULT, new HpssOptions(17, 1.0, 2.0));
        for (StftOptions o : stfts) {
            for (HpssOptions h : hpsss) {
                double expected = mean(Effects.harmonic(y, h, o));
                double fast = Effects.harmonicMean(Stft.stft(y, o), y.length, h, o);
                assertEquals(expected, fast, 1e-9 + 1e-6 * Math.abs(expected), o + " " + h);
            }
        }
    }

    @Test
    void rejectsBadLengthAndMismatchedOptions() {
        Spectrogram stft = Stft.stft(new float[4096]);
        assertThrows(ParameterException.class,
                () -> Effects.harmonicMean(stft, 0, HpssOptions.DEFAULT, StftOptions.DEFAULT));
        assertThrows(ParameterException.class,
                () -> Effects.harmonicMean(stft, 4096, HpssOptions.DEFAULT, StftOptions.of(1024)));
        assertThrows(ParameterException.class, () -> Effects.harmonicMean(stft, new float[1025][3], 4096,
                HpssOptions.DEFAULT, StftOptions.DEFAULT));
    }
}
