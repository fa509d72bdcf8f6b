package org.merlab.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FLAC against the WAV it was encoded from (fixtures under {@code src/test/resources/org/merlab/audio}, made by
 * {@code make_flac_fixtures.py} with Debian's {@code flac}): lossless, so the samples must be equal bit for bit.
 */
class FlacDecoderTest {

    @TempDir
    Path dir;

    /** A fixture copied to the temp folder, since {@link Audio} reads paths. */
    private Path fixture(String name) {
        try (InputStream in = FlacDecoderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Files.write(dir.resolve(name), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"mono16, 8000, 4000", "stereo24, 16000, 3000", "surround16, 16000, 2000"})
    void decodesBitExactlyAsTheSameAudioInWav(String name, int rate, int frames) {
        AudioSignal flac = Audio.loadNative(fixture(name + ".flac"));
        AudioSignal wav = Audio.loadNative(fixture(name + ".wav"));
        assertEquals(rate, flac.sampleRate(), name);
        assertEquals(frames, flac.samples().length, name);
        assertArrayEquals(wav.samples(), flac.samples(), name); // float equality, bit for bit
        float peak = 0;
        for (float v : flac.samples()) {
            peak = Math.max(peak, Math.abs(v));
        }
        // the fixtures hold a full-scale negative frame: -2^(b-1) scaled to exactly -1
        assertEquals(1f, peak, name);
    }

    @Test
    void offsetDurationAndResamplingWorkAsForEveryFormat() {
        Path flac = fixture("stereo24.flac");
        Path wav = fixture("stereo24.wav");
        assertArrayEquals(Audio.load(wav, 22050, 0.05, 0.1).samples(), Audio.load(flac, 22050, 0.05, 0.1).samples());
        assertEquals(1600, Audio.load(flac, 0, 0.05, 0.1).samples().length);
    }

    @Test
    void truncatedAndCorruptStreamsAreErrorsNamingTheFile() throws IOException {
        byte[] bytes = Files.readAllBytes(fixture("stereo24.flac"));
        assertProblem("cut.flac", Arrays.copyOf(bytes, bytes.length * 2 / 3), "truncated FLAC stream: 1152 of 3000");
        assertProblem("head.flac", Arrays.copyOf(bytes, 30), "truncated or corrupt FLAC header");
        byte[] damaged = bytes.clone();
        damaged[bytes.length / 2] ^= 0x5A;
        assertProblem("damaged.flac", damaged, "corrupt FLAC");
    }

    private void assertProblem(String name, byte[] bytes, String problem) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        AudioException e = assertThrows(AudioException.class, () -> Audio.load(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": " + problem), e.getMessage());
        assertTrue(!(e instanceof UnsupportedFormatException), e.getMessage());
    }
}
