package org.merlab.train;

import java.util.Arrays;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sequences with a real-valued target at every step (valence and arousal per time step), for a network whose output
 * is a per-step regression layer ({@code RnnOutputLayer} with MSE). A batch is padded to its longest example: features
 * NCW {@code [b][channels][T]}, labels {@code [b][outputs][T]}, and when lengths differ a feature and a label mask
 * {@code [b][T]} (1 on real steps) so padded steps change neither the loss nor the metric.
 */
final class SequenceExamples implements Examples {

    private final float[][][] x;
    private final float[][][] y;
    private final int channels;
    private final int outputs;

    /** {@code y} may be null for prediction only. */
    SequenceExamples(float[][][] x, float[][][] y) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("sequences: x has no examples");
        }
        if (y != null && y.length != x.length) {
            throw new IllegalArgumentException("sequences: " + y.length + " targets for " + x.length + " examples");
        }
        channels = width(x, 0, "x");
        outputs = y == null ? 0 : width(y, 0, "y");
        for (int i = 0; i < x.length; i++) {
            if (x[i].length == 0) {
                throw new IllegalArgumentException("sequences: example " + i + " has no steps");
            }
            requireWidth(x[i], channels, "x", i);
            if (y != null) {
                if (y[i].length != x[i].length) {
                    throw new IllegalArgumentException("sequences: example " + i + " has " + x[i].length
                            + " feature steps but " + y[i].length + " target steps");
                }
                requireWidth(y[i], outputs, "y", i);
            }
        }
        this.x = x;
        this.y = y;
    }

    private static int width(float[][][] a, int i, String name) {
        if (a[i].length == 0 || a[i][0].length == 0) {
            throw new IllegalArgumentException("sequences: " + name + " example " + i + " is empty");
        }
        return a[i][0].length;
    }

    private static void requireWidth(float[][] steps, int width, String name, int i) {
        for (int t = 0; t < steps.length; t++) {
            if (steps[t].length != width) {
                throw new IllegalArgumentException("sequences: " + name + " example " + i + " step " + t + " has "
                        + steps[t].length + " values, example 0 has " + width);
            }
        }
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public Metric metric() {
        return Metric.MAE;
    }

    /** Steps of example {@code i}. */
    int steps(int i) {
        return x[i].length;
    }

    @Override
    public DataSet batch(int[] order, int from, int to) {
        int n = to - from;
        int longest = 0;
        boolean ragged = false;
        for (int b = from; b < to; b++) {
            int steps = x[order[b]].length;
            ragged |= b > from && steps != longest;
            longest = Math.max(longest, steps);
        }
        var features = Nd4j.create(ncw(x, order, from, n, channels, longest), new long[] {n, channels, longest}, 'c');
        var labels = y == null ? null
                : Nd4j.create(ncw(y, order, from, n, outputs, longest), new long[] {n, outputs, longest}, 'c');
        if (!ragged) {
            return new DataSet(features, labels);
        }
        float[] mask = new float[n * longest];
        for (int b = 0; b < n; b++) {
            Arrays.fill(mask, b * longest, b * longest + x[order[from + b]].length, 1f);
        }
        var featureMask = Nd4j.create(mask, new long[] {n, longest}, 'c');
        return new DataSet(features, labels, featureMask, labels == null ? null : featureMask.dup());
    }

    /** {@code a[order[from..from+n)]} as a zero-padded NCW block {@code [n][width][steps]}. */
    private static float[] ncw(float[][][] a, int[] order, int from, int n, int width, int steps) {
        float[] flat = new float[n * width * steps];
        for (int b = 0; b < n; b++) {
            float[][] example = a[order[from + b]];
            for (int t = 0; t < example.length; t++) {
                for (int c = 0; c < width; c++) {
                    flat[(b * width + c) * steps + t] = example[t][c];
                }
            }
        }
        return flat;
    }
}
