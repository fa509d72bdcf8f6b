package org.merlab.study.va;

import java.util.ArrayList;
import java.util.List;

import org.merlab.data.VaPiece;
import org.merlab.prep.StandardScaler;

/**
 * Some pieces cut into consecutive windows of at most {@code window} steps (the last window of a piece may be
 * shorter; 0 = one window per piece), as the examples a sequence network trains on and predicts; predictions of a
 * piece's windows are stitched back in order. Unannotated clips are cut the same way ({@link #ofClips}), for
 * prediction only.
 */
final class Windows {

    /** null for clips, which have no targets */
    private final List<VaPiece> pieces;
    private final int[] which;
    /** steps of each item of {@code which} */
    private final int[] steps;
    /** per window: index into {@code which}, first step, end step (exclusive) */
    private final List<int[]> spans = new ArrayList<>();

    private Windows(List<VaPiece> pieces, int[] which, int[] steps, int window) {
        this.pieces = pieces;
        this.which = which.clone();
        this.steps = steps;
        for (int p = 0; p < which.length; p++) {
            int size = window == 0 ? steps[p] : window;
            for (int from = 0; from < steps[p]; from += size) {
                spans.add(new int[] {p, from, Math.min(steps[p], from + size)});
            }
        }
    }

    /** The windows of {@code pieces.get(i)} for every {@code i} in {@code which}, in that order. */
    static Windows of(List<VaPiece> pieces, int[] which, int window) {
        return new Windows(pieces, which, java.util.Arrays.stream(which).map(i -> pieces.get(i).steps()).toArray(),
                window);
    }

    /** The windows of every clip of {@code features} ({@code [steps][channels]} each), which have no targets. */
    static Windows ofClips(List<float[][]> features, int window) {
        int[] all = java.util.stream.IntStream.range(0, features.size()).toArray();
        return new Windows(null, all, features.stream().mapToInt(x -> x.length).toArray(), window);
    }

    int size() {
        return spans.size();
    }

    /** Every step of the given pieces as a row, for fitting a scaler. */
    static double[][] rows(List<float[][]> features, int[] which) {
        List<double[]> rows = new ArrayList<>();
        for (int i : which) {
            for (float[] step : features.get(i)) {
                double[] row = new double[step.length];
                for (int j = 0; j < step.length; j++) {
                    row[j] = step[j];
                }
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    /** {@code [window][step][channel]} standardised inputs. */
    float[][][] inputs(List<float[][]> features, StandardScaler scaler) {
        float[][][] out = new float[spans.size()][][];
        for (int w = 0; w < out.length; w++) {
            int[] s = spans.get(w);
            float[][] x = features.get(which[s[0]]);
            double[][] raw = new double[s[2] - s[1]][];
            for (int t = s[1]; t < s[2]; t++) {
                raw[t - s[1]] = new double[x[t].length];
                for (int j = 0; j < x[t].length; j++) {
                    raw[t - s[1]][j] = x[t][j];
                }
            }
            double[][] z = scaler.transform(raw);
            out[w] = new float[z.length][];
            for (int t = 0; t < z.length; t++) {
                out[w][t] = new float[z[t].length];
                for (int j = 0; j < z[t].length; j++) {
                    out[w][t][j] = (float) z[t][j];
                }
            }
        }
        return out;
    }

    /**
     * {@code [window][step][dims.length]} targets of the given dimensions (0 valence, 1 arousal).
     *
     * @throws IllegalStateException for clips
     */
    float[][][] targets(int[] dims) {
        if (pieces == null) {
            throw new IllegalStateException("clips have no targets");
        }
        float[][][] y = new float[spans.size()][][];
        for (int w = 0; w < y.length; w++) {
            int[] s = spans.get(w);
            VaPiece piece = pieces.get(which[s[0]]);
            y[w] = new float[s[2] - s[1]][dims.length];
            for (int t = s[1]; t < s[2]; t++) {
                for (int o = 0; o < dims.length; o++) {
                    y[w][t - s[1]][o] = (float) piece.target(dims[o])[t];
                }
            }
        }
        return y;
    }

    /**
     * Output {@code o} of per-window predictions {@code [window][step][outputs]} as one series per piece, in the
     * order of {@code which}.
     *
     * @throws IllegalArgumentException if a window's prediction has the wrong number of steps
     */
    double[][] stitch(float[][][] predicted, int o) {
        if (predicted.length != spans.size()) {
            throw new IllegalArgumentException(predicted.length + " predicted windows for " + spans.size());
        }
        double[][] out = new double[which.length][];
        for (int p = 0; p < which.length; p++) {
            out[p] = new double[steps[p]];
        }
        for (int w = 0; w < spans.size(); w++) {
            int[] s = spans.get(w);
            if (predicted[w].length != s[2] - s[1]) {
                throw new IllegalArgumentException("window " + w + " has " + predicted[w].length
                        + " predicted steps for " + (s[2] - s[1]));
            }
            for (int t = s[1]; t < s[2]; t++) {
                out[s[0]][t] = predicted[w][t - s[1]][o];
            }
        }
        return out;
    }
}
