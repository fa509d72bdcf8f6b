package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.RenderOptions;
import org.merlab.testing.Shared;

class VaFeaturesTest {

    @Test
    void oneRowOfMelBandsPerBarAndTheSameFromTheCache(@TempDir Path dir) {
        VaDataset d = Vgmidi.load(SyntheticVgmidi.ensure(dir, new SyntheticVgmidi.Options(2, 1, 3, 4, 1, 9)));
        var renders = new RenderCache(dir.resolve("renders"), RenderOptions.DEFAULT);
        var built = VaFeatures.build(d, renders, 16, dir.resolve("features"));
        assertEquals(2, built.pieces().size());
        assertEquals(0, built.cacheHits());
        float[][] x = built.features().getFirst();
        assertEquals(built.pieces().getFirst().steps(), x.length);
        assertEquals(16, x[0].length);
        var again = VaFeatures.build(d, renders, 16, dir.resolve("features"));
        assertEquals(2, again.cacheHits());
        assertArrayEquals(x[1], again.features().getFirst()[1]);
    }

    @Test
    void louderBarsHaveMoreEnergy(@TempDir Path dir) {
        // The generator plays high-arousal bars louder and denser; their mean dB must rank with arousal.
        VaDataset d = Vgmidi.load(SyntheticVgmidi.ensure(dir, new SyntheticVgmidi.Options(3, 1, 12, 12, 1, 4)));
        var built = VaFeatures.build(d, new RenderCache(dir.resolve("r"), RenderOptions.DEFAULT), 32,
                dir.resolve("f"));
        double agree = 0;
        double pairs = 0;
        for (int p = 0; p < built.pieces().size(); p++) {
            float[][] x = built.features().get(p);
            double[] a = built.pieces().get(p).arousal();
            for (int i = 0; i < x.length; i++) {
                for (int j = i + 1; j < x.length; j++) {
                    if (Math.abs(a[i] - a[j]) > 0.3) {
                        pairs++;
                        agree += Math.signum(mean(x[i]) - mean(x[j])) == Math.signum(a[i] - a[j]) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(agree / pairs > 0.8, "concordant pairs " + agree + " of " + pairs);
    }

    @Test
    void stepsPastTheEndOfTheAudioSkipThePiece(@TempDir Path dir) throws Exception {
        Path audio = Files.copy(Shared.path("datasets/emomusic/audio/2.mp3"), dir.resolve("2.mp3"));
        var piece = new VaPiece("long", "long", "long", audio, new double[] {0, 30, 60}, new double[2],
                new double[2], new double[2], new double[2], new int[] {1, 1});
        var built = VaFeatures.build(new VaDataset("t", java.util.List.of(piece), java.util.List.of()),
                new RenderCache(dir.resolve("r"), RenderOptions.DEFAULT), 8, dir.resolve("f"));
        assertTrue(built.pieces().isEmpty());
        assertTrue(built.skipped().getFirst().contains("audio lasts"), built.skipped().toString());
    }

    private static double mean(float[] x) {
        double s = 0;
        for (float v : x) {
            s += v;
        }
        return s / x.length;
    }

    @Test
    void theMedianStepIsTakenOverEveryStepOfThePiecesGiven() {
        var a = new VaPiece("a", "a", "g", Path.of("a.mid"), new double[] {0, 1, 2, 5}, new double[3], new double[3],
                new double[3], new double[3], new int[3]);
        var b = new VaPiece("b", "b", "g", Path.of("b.mid"), new double[] {0, 4}, new double[1], new double[1],
                new double[1], new double[1], new int[1]);
        // steps 1, 1, 3 and 4: the upper median of four is 3; piece a alone gives 1
        assertEquals(3, VaFeatures.medianStep(java.util.List.of(a, b), new int[] {0, 1}), 1e-12);
        assertEquals(1, VaFeatures.medianStep(java.util.List.of(a, b), new int[] {0}), 1e-12);
    }

    @Test
    void fixedStepsOfTheTrainedLengthWithAHalfStepTail() {
        assertArrayEquals(new double[] {0, 0.5, 1.0}, VaFeatures.fixedSteps(1.2, 0.5), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 1.0, 1.3}, VaFeatures.fixedSteps(1.3, 0.5), 1e-12);
        assertArrayEquals(new double[] {0, 0.3}, VaFeatures.fixedSteps(0.3, 0.5), 1e-12);
    }

    @Test
    void clipsArePooledOnFixedStepsCachedAndUnreadableOnesListed(@TempDir Path dir) throws Exception {
        Path clips = Shared.path("datasets/4q-dev");
        Path a = Files.list(clips.resolve("Q1")).sorted().findFirst().orElseThrow();
        Path broken = dir.resolve("broken.mp3");
        Files.writeString(broken, "not audio");
        var built = VaFeatures.clips("4q-dev", java.util.List.of(a, broken), 2.0, 8, dir.resolve("f"));
        assertEquals(java.util.List.of(a), built.files());
        assertEquals(1, built.skipped().size());
        assertTrue(built.skipped().get(0).startsWith(broken.toString()), built.skipped().get(0));
        double seconds = org.merlab.audio.Audio.load(a).durationSeconds();
        assertEquals(VaFeatures.fixedSteps(seconds, 2.0).length - 1, built.features().get(0).length);
        assertEquals(8, built.features().get(0)[0].length);
        var again = VaFeatures.clips("4q-dev", java.util.List.of(a), 2.0, 8, dir.resolve("f"));
        assertArrayEquals(built.features().get(0)[3], again.features().get(0)[3]);
        assertTrue(Files.list(dir.resolve("f")).count() >= 1, "one cache entry");
    }
}
