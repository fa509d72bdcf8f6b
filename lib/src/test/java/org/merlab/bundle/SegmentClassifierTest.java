package org.merlab.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.Audio;
import org.merlab.audio.AudioException;
import org.merlab.audio.WavWriter;
import org.merlab.features.ParameterException;
import org.merlab.features.PaperFeatures;

class SegmentClassifierTest {

    @TempDir
    static Path tmp;

    private static ModelBundle bundle;
    private static SegmentClassifier classifier;

    @BeforeAll
    static void bundle() {
        bundle = Bundles.bundle(21);
        classifier = SegmentClassifier.of(bundle, 2);
    }

    /** A 220 Hz tone with a little noise, {@code seconds} long at 22050 Hz. */
    private static Path tone(String name, double seconds) throws IOException {
        int n = (int) Math.round(seconds * Audio.DEFAULT_SR);
        float[] y = new float[n];
        Random rng = new Random(name.hashCode());
        for (int i = 0; i < n; i++) {
            y[i] = (float) (0.4 * Math.sin(2 * Math.PI * 220 * i / Audio.DEFAULT_SR) + 0.02 * rng.nextGaussian());
        }
        Path file = tmp.resolve(name);
        WavWriter.writeMono16(file, y, Audio.DEFAULT_SR);
        return file;
    }

    @Test
    void aFileBecomesSegmentsOfTheTrainedLengthWithTheirMeanAsSummary() throws IOException {
        // 2.6 s in 1 s segments with hop 0.5 s: starts 0, 0.5, 1.0, 1.5; the 0.1 s after 2.5 s is under half a segment.
        Path file = tone("tone.wav", 2.6);
        Timeline t = classifier.predict(file);
        assertEquals(2.6, t.seconds(), 1e-3);
        assertArrayEquals(new double[] {0, 0.5, 1.0, 1.5},
                t.segments().stream().mapToDouble(Timeline.Step::start).toArray(), 1e-9);
        assertArrayEquals(new double[] {1.0, 1.5, 2.0, 2.5},
                t.segments().stream().mapToDouble(Timeline.Step::end).toArray(), 1e-9);
        assertTrue(t.segments().stream().allMatch(Timeline.Step::complete));
        assertTrue(t.warnings().isEmpty(), t.warnings().toString());

        float[] y = Audio.load(file).samples();
        double[][] features = new double[4][];
        for (int i = 0; i < 4; i++) {
            features[i] = PaperFeatures.of(Arrays.copyOfRange(y, i * 11025, i * 11025 + 22050), Audio.DEFAULT_SR);
        }
        double[][] expected = classifier.probabilities(features);
        double[] mean = new double[3];
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(expected[i], t.segments().get(i).probabilities(), 0.0, "segment " + i);
            for (int c = 0; c < 3; c++) {
                mean[c] += expected[i][c] / 4;
            }
        }
        assertArrayEquals(mean, t.mean(), 1e-12);
        assertEquals(1.0, Arrays.stream(t.mean()).sum(), 1e-6);
        assertTrue(t.timings().features() > 0 && t.timings().total() >= t.timings().features());
    }

    @Test
    void aReloadedBundlePredictsTheSameFileIdentically() throws IOException {
        Path file = tone("again.wav", 3.2);
        Timeline before = classifier.predict(file);
        Timeline after = SegmentClassifier.of(ModelBundle.read(bundle.write(tmp.resolve("b.zip"))), 2).predict(file);
        assertEquals(before.segments().size(), after.segments().size());
        for (int i = 0; i < before.segments().size(); i++) {
            assertArrayEquals(before.segments().get(i).probabilities(), after.segments().get(i).probabilities(), 0.0);
        }
        assertArrayEquals(before.mean(), after.mean(), 0.0);
    }

    @Test
    void aFileShorterThanOneSegmentIsOneShorterSegmentWithAWarning() throws IOException {
        Path file = tone("short.wav", 0.4);
        Timeline t = classifier.predict(file);
        assertEquals(1, t.segments().size());
        assertFalse(t.segments().getFirst().complete());
        assertEquals(0.4, t.segments().getFirst().end(), 1e-3);
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().getFirst().contains(file + " is 0.40 s long, shorter than the 1.0 s segments"),
                t.warnings().getFirst());
    }

    @Test
    void tooShortForOneFrameOrUndecodableIsAnErrorNamingTheProblem() throws IOException {
        Path blip = tone("blip.wav", 0.05);
        assertTrue(assertThrows(ParameterException.class, () -> classifier.predict(blip)).getMessage()
                .contains("at least 2048 samples"));
        Path junk = Files.writeString(tmp.resolve("junk.mp3"), "not audio at all");
        assertTrue(assertThrows(AudioException.class, () -> classifier.predict(junk)).getMessage()
                .contains(junk.toString()));
    }
}
