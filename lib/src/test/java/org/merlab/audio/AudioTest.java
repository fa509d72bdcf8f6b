package org.merlab.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * What the decoders and the resampler give at the versions in {@link Audio#SIGNATURE}, measured when those were
     * set: 2 s of an MP3 and of an Ogg file (44.1 kHz, FFT decimation) and a 32 kHz WAV (polyphase cascade), each
     * loaded at 22050 Hz. If this fails, decoding changed: raise the changed decoder's or the resampler's
     * {@code VERSION}, so every feature cache recomputes, and record the new values with the new signature.
     */
    @ParameterizedTest
    @CsvSource({
            "mp3, 44100, 15.41716653995536, 0.1502819694690566, 0.04078568, 0.010816397",
            "ogg, 44100, -1.229875183853153, 0.05481651987109028, 0.037864365, 0.11322857",
            "wav, 22050, -0.3411734563414939, 0.017427332513711768, 0.021704542, 0.026241826"})
    void decodedSamplesAreTheOnesTheirVersionsStandFor(String format, int length, double sum, double rms,
                                                       float early, float late) throws IOException {
        assertEquals("audio wav/1 mp3/1 ogg/1 flac/1 resampler/1", Audio.SIGNATURE, "record new values with a new version");
        float[] y = switch (format) {
            case "mp3" -> Audio.load(AudioFixtures.dataset("emotify-dev/rock/47.mp3"), Audio.DEFAULT_SR, 10, 2)
                    .samples();
            case "ogg" -> Audio.load(AudioFixtures.dataset("music-ogg/battle-epic.ogg"), Audio.DEFAULT_SR, 10, 2)
                    .samples();
            default -> {
                int[] saw = new int[32000];
                Arrays.setAll(saw, i -> (i * 37) % 2000 - 1000);
                yield Audio.load(Files.write(dir.resolve("saw.wav"), AudioFixtures.wav(AudioFixtures.PCM, false, 1,
                        32000, 16, AudioFixtures.pcm16(saw)))).samples();
            }
        };
        double total = 0;
        double squares = 0;
        for (float v : y) {
            total += v;
            squares += (double) v * v;
        }
        assertEquals(length, y.length, format);
        assertEquals(sum, total, 1e-6 * Math.abs(sum), format);
        assertEquals(rms, Math.sqrt(squares / y.length), 1e-6 * rms, format);
        assertEquals(early, y[1000], 1e-6f, format);
        assertEquals(late, y[y.length == 44100 ? 30000 : 20000], 1e-6f, format);
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
    void aDurationShorterThanOneFrameGivesAnEmptySignal() {
        for (String file : new String[] {"emotify-dev/rock/47.mp3", "music-ogg/battle-epic.ogg"}) {
            AudioSignal s = Audio.load(AudioFixtures.dataset(file), 0, 1, 1e-6);
            assertEquals(0, s.samples().length, file);
            assertEquals(44100, s.sampleRate(), file);
        }
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

    /**
     * End to end against {@code librosa.load(path, offset=, duration=)}: decoding, mono, cutting and resampling to
     * 22050 Hz together, for both resampling paths (44.1 kHz by FFT, 32 kHz by the two-stage cascade).
     */
    @ParameterizedTest
    @CsvSource({
            "emotify-dev/classical/6.mp3, 0, 30, emotify_classical_6_0-30s, 1e-6",
            "emotify-dev/rock/47.mp3, 0, 30, emotify_rock_147_0-30s, 1e-6",
            "emotify-dev/rock/47.mp3, 12, 3, emotify_rock_147_12-15s, 1e-6",
            "music-ogg/battle-epic.ogg, 10, 30, ogg_battle-epic_10-40s, 1e-6",
            "4q-dev/Q2/MT0000956340.mp3, 0, 0, 4q_Q2_MT0000956340_full, 1e-6"})
    void loadMatchesLibrosaLoad(String file, double offset, double duration, String clip, double maxRms) {
        float[] expected = AudioFixtures.reference(clip, "y.npy");
        float[] y = Audio.load(AudioFixtures.dataset(file), Audio.DEFAULT_SR, offset, duration).samples();
        assertEquals(expected.length, y.length);
        double rms = AudioFixtures.rmsError(y, expected, 0, y.length);
        double max = AudioFixtures.maxError(y, expected, 0, y.length);
        System.out.printf("Audio.load %s offset %.0f duration %.0f vs librosa %s/y.npy: max %.3g, RMS %.3g%n",
                file, offset, duration, clip, max, rms);
        assertTrue(rms < maxRms, "RMS " + rms);
    }
}
