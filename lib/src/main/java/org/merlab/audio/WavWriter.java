package org.merlab.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes mono 16-bit PCM WAV (RIFF/WAVE, {@code WAVE_FORMAT_PCM}, 44-byte header), the format of the embedded
 * synthetic corpus and of the MIREX convention the 4Q authors used (22050 Hz, 16 bit, mono).
 *
 * <p>A sample {@code x} in [-1, 1] becomes {@code Math.round(x * 32767)} (halves round up, so -0.5 gives -16383);
 * values outside are clipped to the 16-bit range.
 * The bytes depend only on the samples and the rate, so equal input gives byte-identical files.
 */
public final class WavWriter {

    private static final int HEADER_BYTES = 44;

    private WavWriter() {
    }

    /**
     * Writes {@code samples} to {@code file}.
     *
     * @throws IllegalArgumentException if {@code sampleRate} is not positive or a sample is NaN (named by index)
     */
    public static void writeMono16(Path file, float[] samples, int sampleRate) throws IOException {
        Files.write(file, encodeMono16(samples, sampleRate));
    }

    /** The complete file bytes {@link #writeMono16} writes: header, then little-endian 16-bit samples. */
    public static byte[] encodeMono16(float[] samples, int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sampleRate must be positive, got " + sampleRate);
        }
        int dataBytes = 2 * samples.length;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(HEADER_BYTES - 8 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)             // PCM
                .putShort((short) 1)             // mono
                .putInt(sampleRate)
                .putInt(2 * sampleRate)          // bytes per second
                .putShort((short) 2)             // bytes per frame
                .putShort((short) 16);           // bits per sample
        b.put(ascii("data")).putInt(dataBytes);
        for (int i = 0; i < samples.length; i++) {
            float x = samples[i];
            if (Float.isNaN(x)) {
                throw new IllegalArgumentException("sample " + i + " is NaN");
            }
            long q = Math.round(x * 32767.0);
            b.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, q)));
        }
        return b.array();
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }
}
