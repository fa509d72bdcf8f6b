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

    /** The clips that have {@code stft_mag.npy}, and the fixtures of {@code make_librosa_fixtures.py}. */
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

    /**
     * A fixture of {@code src/test/resources/org/merlab/features/} made by {@code make_librosa_fixtures.py} from
     * {@code clip}'s librosa inputs: {@code <clip>_<name>.npy} as {@code [rows][cols]}.
     */
    static double[][] fixture(String clip, String name) {
        String file = clip + "_" + name + ".npy";
        try {
            return Npy.read(Path.of(Conformance.class.getResource(file).toURI())).matrix();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + file + "; run make_librosa_fixtures.py", e);
        }
    }

    /** {@code float[][]} of a reference matrix, as librosa's float32 arrays are. */
    static float[][] floats(double[][] m) {
        float[][] out = new float[m.length][];
        for (int r = 0; r < m.length; r++) {
            out[r] = new float[m[r].length];
            for (int c = 0; c < m[r].length; c++) {
                out[r][c] = (float) m[r][c];
            }
        }
        return out;
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

    /** Largest absolute difference of two matrices of one shape. */
    static double maxAbsError(double[][] expected, double[][] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError(actual.length + " rows, expected " + expected.length);
        }
        double max = 0;
        for (int r = 0; r < expected.length; r++) {
            max = Math.max(max, maxAbsError(expected[r], actual[r]));
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
