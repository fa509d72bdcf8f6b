package org.merlab.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioTest {

    @TempDir
    Path dir;

    /** A mono 16-bit WAV at 8000 Hz whose sample i is i / 32768, written to the temp folder. */
    private Path ramp(String name, int n) throws IOException {
        int[] values = new int[n];
        Arrays.setAll(values, i -> i);
        return Files.write(dir.resolve(name), AudioFixtures.wav(AudioFixtures.PCM, false, 1, 8000, 16,
                AudioFixtures.pcm16(values)));
    }

    @Test
    void offsetAndDurationCutAtTheNativeRate() throws IOException {
        Path file = ramp("ramp.wav", 8000);
        AudioSignal s = Audio.load(file, 0, 0.5, 0.25);
        assertEquals(8000, s.sampleRate());
        assertEquals(2000, s.samples().length);
        assertEquals(4000 / 32768f, s.samples()[0]);
        assertEquals(5999 / 32768f, s.samples()[1999]);
        assertEquals(4000, Audio.load(file, 0, 0.5, 0).samples().length);
        assertEquals(8000, Audio.loadNative(file).samples().length);
        // a duration past the end reads to the end, like soundfile
        assertEquals(1000, Audio.load(file, -1, 0.875, 5).samples().length);
    }

    @Test
    void resamplesToTheRequestedRateAfterCutting() throws IOException {
        Path file = ramp("ramp.wav", 8001);
        AudioSignal s = Audio.load(file);
        assertEquals(Audio.DEFAULT_SR, s.sampleRate());
        assertEquals((int) Math.ceil(8001 * 22050 / 8000.0), s.samples().length);
        float[] cut = Audio.load(file, 0, 0.125, 0.5).samples();
        assertArrayEquals(Resampler.resample(cut, 8000, 16000), Audio.load(file, 16000, 0.125, 0.5).samples());
    }

    @Test
    void badRequestsAndMissingFilesNameTheFile() throws IOException {
        Path file = ramp("short.wav", 800);
        assertProblem(file, () -> Audio.load(file, 0, 0.2, 0), "offset 0.2 s is past the end (0.1 s)");
        assertProblem(file, () -> Audio.load(file, 0, -1, 0), "offset must be");
        assertProblem(file, () -> Audio.load(file, 0, 0, Double.NaN), "duration must be");
        Path missing = dir.resolve("missing.ogg");
        assertProblem(missing, () -> Audio.load(missing), "file not found");
        Path empty = Files.write(dir.resolve("empty.wav"), new byte[0]);
        assertProblem(empty, () -> Audio.load(empty), "empty file");
    }

    private static void assertProblem(Path file, Runnable load, String problem) {
        AudioException e = assertThrows(AudioException.class, load::run);
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void emotifyTrackDecodesToLibrosasLengthAt22050() {
        AudioSignal s = Audio.load(AudioFixtures.dataset("emotify-dev/rock/47.mp3"));
        assertEquals(22050, s.sampleRate());
        assertEquals(1323648, s.samples().length);
    }
}
