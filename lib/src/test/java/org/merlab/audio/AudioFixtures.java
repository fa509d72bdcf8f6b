package org.merlab.audio;

import org.merlab.testing.Npy;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helpers: WAV files built in memory, reference arrays, and error measures between two signals. */
final class AudioFixtures {

    static final int PCM = 1;
    static final int FLOAT = 3;

    private AudioFixtures() {
    }

    /** A canonical RIFF/WAVE file: a 16-byte fmt chunk (40 with WAVE_FORMAT_EXTENSIBLE), then the data chunk. */
    static byte[] wav(int tag, boolean extensible, int channels, int sampleRate, int bits, byte[] data) {
        int fmtSize = extensible ? 40 : 16;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmtSize + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(b.capacity() - 8).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(fmtSize).putShort((short) (extensible ? 0xFFFE : tag))
                .putShort((short) channels).putInt(sampleRate).putInt(sampleRate * channels * bits / 8)
                .putShort((short) (channels * bits / 8)).putShort((short) bits);
        if (extensible) {
            // cbSize 22, valid bits, channel mask, then the sub-format GUID {tag}-0000-0010-8000-00aa00389b71
            b.putShort((short) 22).putShort((short) bits).putInt(0).putShort((short) tag)
                    .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        b.put(ascii("data")).putInt(data.length).put(data);
        return b.array();
    }

    /** 16-bit PCM samples, little-endian, as WAV data. */
    static byte[] pcm16(int... samples) {
        ByteBuffer b = ByteBuffer.allocate(2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int s : samples) {
            b.putShort((short) s);
        }
        return b.array();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A librosa reference array, e.g. {@code reference("synth_3s", "y_native.npy")}; skips the test if absent. */
    static float[] reference(String clip, String file) {
        try {
            return Npy.read(Shared.reference(clip).resolve(file)).floats();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under shared/datasets; skips the test if absent. */
    static Path dataset(String relative) {
        return Shared.path("datasets/" + relative);
    }

    /** Max absolute difference over the first {@code n} samples. */
    static double maxError(float[] a, float[] b, int from, int n) {
        double max = 0;
        for (int i = from; i < from + n; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** Root-mean-square difference over {@code [from, from + n)}. */
    static double rmsError(float[] a, float[] b, int from, int n) {
        double sum = 0;
        for (int i = from; i < from + n; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum / n);
    }

    /**
     * The lag in {@code [-maxLag, maxLag]} maximising the cross-correlation {@code sum_i ours[i + lag] * ref[i]}
     * over the first {@code n} samples of {@code ref}: 0 when the two signals line up sample for sample.
     */
    static int bestLag(float[] ours, float[] ref, int n, int maxLag) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double sum = 0;
            for (int i = Math.max(0, -lag); i < n && i + lag < ours.length; i++) {
                sum += (double) ours[i + lag] * ref[i];
            }
            if (sum > bestValue) {
                bestValue = sum;
                best = lag;
            }
        }
        return best;
    }
}
