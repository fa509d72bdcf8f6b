package org.merlab.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.Audio;
import org.merlab.audio.WavWriter;
import org.merlab.data.VaFeatures;
import org.merlab.models.VaLstm;
import org.merlab.prep.StandardScaler;

/** A valence/arousal bundle with an untrained LSTM on 8 mel bands: random weights are enough to compare. */
class VaPredictorTest {

    private static final int MELS = 8;

    @TempDir
    Path tmp;

    static ModelBundle bundle(int window) {
        double[] mean = new double[MELS];
        double[] scale = new double[MELS];
        Arrays.fill(mean, -40);
        Arrays.fill(scale, 15);
        VaRecipe recipe = new VaRecipe(VaFeatures.RECIPE, MELS, 0.5, window, new StandardScaler(mean, scale),
                "lstm-joint");
        return new ModelBundle(recipe, List.of("valence", "arousal"), Bundles.card(), Bundles.provenance(),
                VaLstm.build(MELS, 2, 5));
    }

    /** {@code seconds} of noise bursts and a chirp at 22050 Hz. */
    private Path audio(String name, double seconds) throws IOException {
        int n = (int) (seconds * Audio.DEFAULT_SR);
        float[] y = new float[n];
        Random rng = new Random(9);
        for (int i = 0; i < n; i++) {
            double t = i / (double) Audio.DEFAULT_SR;
            y[i] = (float) (0.3 * Math.sin(2 * Math.PI * (200 + 300 * t) * t) + (((int) t) % 2) * 0.1
                    * rng.nextGaussian());
        }
        Path file = tmp.resolve(name);
        WavWriter.writeMono16(file, y, Audio.DEFAULT_SR);
        return file;
    }

    @Test
    void aReloadedBundlePredictsIdenticallyAndWindowsJoinInOrder() throws IOException {
        Path song = audio("song.wav", 7.3);
        ModelBundle original = bundle(4);
        VaTimeline before = VaPredictor.of(original).predict(song);
        assertEquals(15, before.steps().size(), "14 steps of 0.5 s and the 0.3 s tail");
        assertEquals(7.3, before.steps().getLast().end(), 1e-3);
        ModelBundle reloaded = ModelBundle.read(original.write(tmp.resolve("va.zip")));
        assertEquals(VaRecipe.KIND, reloaded.kind());
        VaRecipe was = (VaRecipe) original.recipe();
        VaRecipe is = (VaRecipe) reloaded.recipe();
        assertEquals(was.describe(), is.describe());
        assertArrayEquals(was.scaler().mean(), is.scaler().mean(), 0.0);
        assertArrayEquals(was.scaler().scale(), is.scaler().scale(), 0.0);
        VaTimeline after = VaPredictor.of(reloaded).predict(song);
        for (int i = 0; i < before.steps().size(); i++) {
            assertArrayEquals(before.steps().get(i).values(), after.steps().get(i).values(), 0.0, "step " + i);
        }
        assertArrayEquals(before.mean(), after.mean(), 0.0);
        // Windows of 4 steps: the second window's first step sees a fresh LSTM state, so it differs from step 4
        // of one whole-track pass, while the first window's steps are those of the whole pass.
        float[][] x = VaFeatures.logMel(Audio.load(song).samples(), VaFeatures.fixedSteps(7.3, 0.5), MELS);
        double[][] whole = VaPredictor.of(bundle(0)).values(x);
        double[][] windowed = VaPredictor.of(original).values(x);
        for (int t = 0; t < 4; t++) {
            assertArrayEquals(whole[t], windowed[t], 1e-6, "step " + t);
        }
        assertEquals(x.length, windowed.length);
    }

    @Test
    void aTrackShorterThanOneStepIsOneStepWithAWarning() throws IOException {
        VaTimeline t = VaPredictor.of(bundle(4)).predict(audio("short.wav", 0.3));
        assertEquals(1, t.steps().size());
        assertTrue(t.warnings().getFirst().contains("shorter than the 0.5 s steps"), t.warnings().toString());
    }

    @Test
    void aRecipeThisCodeCannotComputeAndOtherKindsAreClearErrors() throws IOException {
        Path dir = bundle(4).write(tmp.resolve("va"));
        Path manifest = dir.resolve(ModelBundle.MANIFEST);
        String m = Files.readString(manifest);
        Files.writeString(manifest, m.replace("va-log-mel/1", "va-log-mel/9"));
        String message = assertThrows(BundleException.class, () -> ModelBundle.read(dir)).getMessage();
        assertTrue(message.startsWith(dir + ": ") && message.contains("log-mel recipe 'va-log-mel/9"), message);
        Files.writeString(manifest, m.replace("\"formatVersion\" : 1", "\"formatVersion\" : 0"));
        message = assertThrows(BundleException.class, () -> ModelBundle.read(dir)).getMessage();
        assertTrue(message.contains("bundle format version 0 is not supported"), message);
        assertThrows(BundleException.class, () -> VaPredictor.of(Bundles.bundle(1)));
        assertThrows(BundleException.class, () -> SegmentClassifier.of(bundle(4), 1));
    }
}
