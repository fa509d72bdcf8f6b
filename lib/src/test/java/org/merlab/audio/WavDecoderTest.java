package org.merlab.audio;

import org.junit.jupiter.api.Test;
import org.merlab.testing.Shared;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.merlab.audio.AudioFixtures.FLOAT;
import static org.merlab.audio.AudioFixtures.PCM;
import static org.merlab.audio.AudioFixtures.ascii;
import static org.merlab.audio.AudioFixtures.pcm16;
import static org.merlab.audio.AudioFixtures.wav;

class WavDecoderTest {

    private static final Path FILE = Path.of("memory/test.wav");

    private static AudioSignal decode(byte[] bytes) {
        MonoBuffer out = new MonoBuffer(0, 0);
        WavDecoder.decode(FILE, bytes, out);
        return new AudioSignal(out.samples(), out.sampleRate());
    }

    private static ByteBuffer le(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void synthWavEqualsLibrosaExactly() throws Exception {
        Path synth = Shared.reference("synth_3s").resolve("synth.wav");
        AudioSignal s = decode(java.nio.file.Files.readAllBytes(synth));
        assertEquals(22050, s.sampleRate());
        assertArrayEquals(AudioFixtures.reference("synth_3s", "y_native.npy"), s.samples());
    }

    @Test
    void eightBitIsUnsignedAround128() {
        byte[] data = {0, (byte) 128, (byte) 255, 64};
        assertArrayEquals(new float[] {-1f, 0f, 127 / 128f, -0.5f},
                decode(wav(PCM, false, 1, 8000, 8, data)).samples());
    }

    @Test
    void sixteenBitDividesBy32768() {
        AudioSignal s = decode(wav(PCM, false, 1, 44100, 16, pcm16(-32768, 0, 32767, 16384)));
        assertArrayEquals(new float[] {-1f, 0f, 32767 / 32768f, 0.5f}, s.samples());
        assertEquals(44100, s.sampleRate());
    }

    @Test
    void twentyFourBitIsSignedLittleEndian() {
        int[] values = {-8388608, 0, 8388607, 4194304, -1};
        ByteBuffer b = le(3 * values.length);
        for (int v : values) {
            b.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
        }
        float[] expected = {-1f, 0f, 8388607 / 8388608f, 0.5f, -1 / 8388608f};
        assertArrayEquals(expected, decode(wav(PCM, false, 1, 48000, 24, b.array())).samples());
    }

    @Test
    void thirtyTwoBitDividesBy2To31() {
        ByteBuffer b = le(12).putInt(Integer.MIN_VALUE).putInt(1 << 30).putInt(-(1 << 20));
        assertArrayEquals(new float[] {-1f, 0.5f, -1f / 2048},
                decode(wav(PCM, false, 1, 48000, 32, b.array())).samples());
    }

    @Test
    void floatFormatsAreKeptAsStored() {
        ByteBuffer f32 = le(12).putFloat(-1.5f).putFloat(0.25f).putFloat(1e-3f);
        assertArrayEquals(new float[] {-1.5f, 0.25f, 1e-3f},
                decode(wav(FLOAT, false, 1, 16000, 32, f32.array())).samples());
        ByteBuffer f64 = le(16).putDouble(0.1).putDouble(-0.7);
        assertArrayEquals(new float[] {0.1f, -0.7f}, decode(wav(FLOAT, false, 1, 16000, 64, f64.array())).samples());
    }

    @Test
    void extensibleWrapsPcmAndFloat() {
        assertArrayEquals(new float[] {0.5f, -0.25f},
                decode(wav(PCM, true, 1, 22050, 16, pcm16(16384, -8192))).samples());
        ByteBuffer f32 = le(8).putFloat(0.125f).putFloat(-0.5f);
        assertArrayEquals(new float[] {0.125f, -0.5f}, decode(wav(FLOAT, true, 1, 22050, 32, f32.array())).samples());
    }

    @Test
    void channelsAreAveraged() {
        // interleaved L R: (0.5 + 0.25) / 2 and (-1 + 0) / 2
        assertArrayEquals(new float[] {0.375f, -0.5f},
                decode(wav(PCM, false, 2, 44100, 16, pcm16(16384, 8192, -32768, 0))).samples());
        // three channels: a float32 sum divided by 3, as numpy's mean
        float expected = (0.5f + 0.25f + 0.125f) / 3;
        assertArrayEquals(new float[] {expected},
                decode(wav(PCM, false, 3, 44100, 16, pcm16(16384, 8192, 4096))).samples());
    }

    @Test
    void skipsOtherChunksIncludingOddSizedOnes() {
        byte[] plain = wav(PCM, false, 1, 8000, 16, pcm16(1000, -1000));
        ByteBuffer withList = le(plain.length + 8 + 4);
        withList.put(plain, 0, 36); // RIFF header and fmt chunk
        withList.put(ascii("LIST")).putInt(3).put(new byte[] {1, 2, 3, 0}); // odd size, padded to even
        withList.put(plain, 36, plain.length - 36);
        assertArrayEquals(decode(plain).samples(), decode(withList.array()).samples());
    }

    @Test
    void errorsNameTheFileAndTheProblem() {
        byte[] good = wav(PCM, false, 1, 8000, 16, pcm16(1, 2, 3, 4));
        assertMessage(Arrays.copyOf(good, 8), "truncated WAV header");
        assertMessage(Arrays.copyOf(good, 30), "truncated WAV fmt chunk");
        assertMessage(Arrays.copyOf(good, good.length - 3), "truncated WAV data");
        assertMessage(Arrays.copyOf(good, 36), "no data chunk");
        assertMessage(wav(PCM, false, 1, 8000, 12, new byte[6]), "unsupported WAV encoding");
        assertMessage(wav(FLOAT, false, 1, 8000, 16, new byte[4]), "unsupported WAV encoding");
    }

    private static void assertMessage(byte[] bytes, String problem) {
        AudioException e = assertThrows(AudioException.class, () -> decode(bytes));
        assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
