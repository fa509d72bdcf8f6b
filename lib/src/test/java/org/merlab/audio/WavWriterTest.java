package org.merlab.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WavWriterTest {

    @TempDir
    Path dir;

    @Test
    void javaSoundReadsBackTheFormatAndTheRoundedClippedSamples() throws Exception {
        Path file = dir.resolve("t.wav");
        WavWriter.writeMono16(file, new float[] {0f, 0.5f, -0.5f, 1f, -1f, 1.7f, -3f, 1e-5f}, 22050);

        assertEquals(44 + 16, Files.size(file));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat f = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, f.getEncoding());
            assertEquals(22050f, f.getSampleRate());
            assertEquals(1, f.getChannels());
            assertEquals(16, f.getSampleSizeInBits());
            assertFalse(f.isBigEndian());
            assertEquals(8, in.getFrameLength());
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            short[] got = new short[8];
            b.asShortBuffer().get(got);
            assertArrayEquals(new short[] {0, 16384, -16383, 32767, -32767, 32767, -32768, 0}, got);
        }
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WavWriter.encodeMono16(new float[] {0f, Float.NaN}, 22050));
        assertEquals("sample 1 is NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WavWriter.encodeMono16(new float[1], 0));
        assertEquals("sampleRate must be positive, got 0", e.getMessage());
    }
}
