package org.merlab.audio;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VorbisDecoderTest {

    private static final String BATTLE = "music-ogg/battle-epic.ogg";

    private static float[] decode(Path file, byte[] bytes) {
        MonoBuffer out = new MonoBuffer(0, 0);
        VorbisDecoder.decode(file, bytes, out);
        return out.samples();
    }

    @Test
    void offsetClipLinesUpWithLibrosa() {
        float[] expected = AudioFixtures.reference("ogg_battle-epic_10-40s", "y_native_head2s.npy");
        AudioSignal ours = Audio.load(AudioFixtures.dataset(BATTLE), 0, 10, 2);
        assertEquals(44100, ours.sampleRate());
        assertEquals(expected.length, ours.samples().length);
        assertEquals(0, AudioFixtures.bestLag(ours.samples(), expected, 20_000, 2000), "sample alignment");
        double max = AudioFixtures.maxError(ours.samples(), expected, 0, expected.length);
        System.out.printf("Ogg %s from 10 s vs librosa: lag 0, max abs error %.3g%n", BATTLE, max);
        assertTrue(max < 1e-5, "max " + max);
    }

    @Test
    void streamEndsAtTheLastGranulePosition() throws IOException {
        Path file = AudioFixtures.dataset(BATTLE);
        byte[] bytes = Files.readAllBytes(file);
        int last = lastIndexOf(bytes, AudioFixtures.ascii("OggS"));
        long granule = ByteBuffer.wrap(bytes, last + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(granule, decode(file, bytes).length);
    }

    @Test
    void truncatedAndCorruptStreamsAreErrorsNamingTheFile() throws IOException {
        Path file = AudioFixtures.dataset(BATTLE);
        byte[] bytes = Files.readAllBytes(file);
        byte[] half = Arrays.copyOf(bytes, bytes.length / 2);
        AudioException e = assertThrows(AudioException.class, () -> decode(file, half));
        assertTrue(e.getMessage().startsWith(file + ": truncated Ogg stream"), e.getMessage());

        byte[] damaged = bytes.clone();
        damaged[bytes.length / 3] ^= 0x5A; // the page checksum no longer matches
        e = assertThrows(AudioException.class, () -> decode(file, damaged));
        assertTrue(e.getMessage().startsWith(file + ": corrupt Ogg data"), e.getMessage());
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }
}
