package org.merlab.features;

import org.merlab.testing.Npy;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Loads the librosa 0.10.2 reference fixtures of {@code shared/} and measures how far a Java result is from them. */
final class Conformance {

    /** Every clip of {@code shared/reference/librosa-0.10.2}. */
    static final List<String> CLIPS = List.of("synth_3s", "emotify_rock_147_12-15s", "emotify_rock_147_0-30s",
            "emotify_classical_6_0-30s", "ogg_battle-epic_10-40s", "4q_Q2_MT0000956340_full");

    /** The clips that have {@code stft_mag.npy}. */
    static final List<String> SHORT_CLIPS = CLIPS.subList(0, 2);

    private Conformance() {
    }

    static Npy load(String clip, String file) {
        Path p = Shared.reference(clip).resolve(file);
        try {
            return Npy.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] signal(String clip) {
        return load(clip, "y.npy").floats();
    }

    /** Reference matrix {@code [rows][cols]}. */
    static double[][] matrix(String clip, String file) {
        return load(clip, file).matrix();
    }

    /** Reference per-frame feature saved as {@code (1, frames)}. */
    static double[] row(String clip, String file) {
        return load(clip, file).matrix()[0];
    }

    /** Largest absolute difference, after checking that the shapes agree. */
    static double maxAbsError(double[][] expected, float[][] actual) {
        if (expected.length != actual.length || expected[0].length != actual[0].length) {
            throw new AssertionError("shape [" + actual.length + "][" + actual[0].length + "], expected ["
                    + expected.length + "][" + expected[0].length + "]");
        }
        double max = 0;
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                max = Math.max(max, Math.abs(expected[r][c] - actual[r][c]));
            }
        }
        return max;
    }

    static double maxAbsError(double[] expected, double[] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("length " + actual.length + ", expected " + expected.length);
        }
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - actual[i]));
        }
        return max;
    }

    /** Largest absolute difference divided by the reference's largest absolute value. */
    static double maxRelativeToMax(double[][] expected, float[][] actual) {
        double peak = 0;
        for (double[] row : expected) {
            for (double v : row) {
                peak = Math.max(peak, Math.abs(v));
            }
        }
        return maxAbsError(expected, actual) / peak;
    }

    static void report(String feature, String clip, String measure, double value) {
        System.out.printf("conformance %-20s %-28s %-10s %.3g%n", feature, clip, measure, value);
    }
}
