package org.merlab.train;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Feature maps of one shape {@code [bins][frames]} (a spectrogram, a chromagram, the two stacked), each with a class
 * label or a row of real targets. A batch is NCW {@code [b][bins][frames]} for a recurrent first layer or NCHW
 * {@code [b][1][bins][frames]} for a 2-D convolution; labels are one-hot {@code [b][nClasses]} or targets
 * {@code [b][K]}.
 */
final class MapExamples implements Examples {

    private final float[][][] x;
    private final boolean image;
    private final int[] classes;
    private final int nClasses;
    private final double[][] targets;

    MapExamples(float[][][] x, boolean image, int[] classes, int nClasses, double[][] targets) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("maps: x has no examples");
        }
        int bins = x[0].length;
        int frames = bins == 0 ? 0 : x[0][0].length;
        if (frames == 0) {
            throw new IllegalArgumentException("maps: example 0 is empty");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != bins) {
                throw new IllegalArgumentException("maps: example " + i + " has " + x[i].length + " bins, example 0 "
                        + bins);
            }
            for (float[] row : x[i]) {
                if (row.length != frames) {
                    throw new IllegalArgumentException("maps: example " + i + " has a row of " + row.length
                            + " frames, example 0 " + frames);
                }
            }
        }
        int labelled = classes != null ? classes.length : targets != null ? targets.length : x.length;
        if (labelled != x.length) {
            throw new IllegalArgumentException("maps: " + labelled + " labels for " + x.length + " examples");
        }
        if (classes != null) {
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] < 0 || classes[i] >= nClasses) {
                    throw new IllegalArgumentException("maps: label " + classes[i] + " of example " + i
                            + " is outside 0.." + (nClasses - 1));
                }
            }
        }
        if (targets != null) {
            for (int i = 0; i < targets.length; i++) {
                if (targets[i].length != targets[0].length) {
                    throw new IllegalArgumentException("maps: example " + i + " has " + targets[i].length
                            + " targets, example 0 " + targets[0].length);
                }
                for (int k = 0; k < targets[i].length; k++) {
                    if (!Double.isFinite(targets[i][k])) {
                        throw new IllegalArgumentException("maps: target " + k + " of example " + i + " is "
                                + targets[i][k]);
                    }
                }
            }
        }
        this.x = x;
        this.image = image;
        this.classes = classes;
        this.nClasses = nClasses;
        this.targets = targets;
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public Metric metric() {
        return targets != null ? Metric.MAE : Metric.ACCURACY;
    }

    @Override
    public DataSet batch(int[] order, int from, int to) {
        int n = to - from;
        int bins = x[0].length;
        int frames = x[0][0].length;
        float[] flat = new float[n * bins * frames];
        for (int b = 0; b < n; b++) {
            float[][] map = x[order[from + b]];
            for (int r = 0; r < bins; r++) {
                System.arraycopy(map[r], 0, flat, (b * bins + r) * frames, frames);
            }
        }
        long[] shape = image ? new long[] {n, 1, bins, frames} : new long[] {n, bins, frames};
        var features = Nd4j.create(flat, shape, 'c');
        if (classes != null) {
            return new DataSet(features, OneHot.of(classes, order, from, to, nClasses));
        }
        if (targets != null) {
            float[][] y = new float[n][];
            for (int b = 0; b < n; b++) {
                double[] row = targets[order[from + b]];
                y[b] = new float[row.length];
                for (int k = 0; k < row.length; k++) {
                    y[b][k] = (float) row[k];
                }
            }
            return new DataSet(features, Nd4j.create(y));
        }
        return new DataSet(features, null);
    }
}
