package org.merlab.data;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small annotation files and empty audio stand-ins the loader tests need (audio is looked up, not read). */
final class Fixtures {

    private Fixtures() {
    }

    /** Creates an empty file at {@code root/relative}, with its folders. */
    static void touch(Path root, String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[0]);
    }

    /** Writes {@code lines} joined by {@code eol}, with a final {@code eol}, to {@code root/name}. */
    static Path lines(Path root, String name, String eol, String... lines) throws IOException {
        Path p = root.resolve(name);
        Files.writeString(p, String.join(eol, lines) + eol);
        return p;
    }

    /** The samples of a mono 16-bit little-endian WAV in [-1, 1), read with javax.sound (not the code under test). */
    static double[] wav(Path file) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            ShortBuffer pcm = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
            double[] x = new double[pcm.remaining()];
            for (int i = 0; i < x.length; i++) {
                x[i] = pcm.get(i) / 32768.0;
            }
            return x;
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** RMS level in dBFS of {@code x[from, to)}. */
    static double rmsDb(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return 10 * Math.log10(sum / (to - from));
    }

    /** The fraction of neighbouring sample pairs whose signs differ (librosa's zero-crossing rate, one frame). */
    static double zeroCrossingRate(double[] x) {
        int crossings = 0;
        for (int i = 1; i < x.length; i++) {
            crossings += (x[i - 1] >= 0) != (x[i] >= 0) ? 1 : 0;
        }
        return crossings / (double) (x.length - 1);
    }

    static double[] toDouble(float[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
        }
        return y;
    }
}
