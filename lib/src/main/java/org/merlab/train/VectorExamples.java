package org.merlab.train;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fixed-length feature rows with class labels, e.g. the paper's 28 features per segment, as float32 batches laid out
 * by a {@link VectorLayout}; labels are one-hot for the network's MCXENT softmax output, which gives the same loss as
 * Keras' sparse categorical cross-entropy on class indices.
 */
final class VectorExamples implements Examples {

    private final double[][] x;
    private final int[] y;
    private final int nClasses;
    private final VectorLayout layout;

    /** {@code y} may be null for prediction only. */
    VectorExamples(double[][] x, int[] y, VectorLayout layout) {
        layout.check(x, y);
        this.x = x;
        this.y = y;
        this.nClasses = layout.nClasses();
        this.layout = layout;
    }

    @Override
    public int size() {
        return x.length;
    }

    @Override
    public Metric metric() {
        return Metric.ACCURACY;
    }

    @Override
    public DataSet batch(int[] order, int from, int to) {
        int n = to - from;
        int length = x[0].length;
        int channels = layout.channels();
        int steps = length / channels;
        float[] flat = new float[n * length];
        for (int b = 0; b < n; b++) {
            double[] row = x[order[from + b]];
            int base = b * length;
            if (!layout.sequence()) {
                for (int j = 0; j < length; j++) {
                    flat[base + j] = (float) row[j];
                }
                continue;
            }
            // NCW: channel-major within an example, whereas the row is step-major.
            for (int t = 0; t < steps; t++) {
                for (int c = 0; c < channels; c++) {
                    flat[base + c * steps + t] = (float) row[t * channels + c];
                }
            }
        }
        var features = Nd4j.create(flat, layout.shape(n, length), 'c');
        if (y == null) {
            return new DataSet(features, null);
        }
        return new DataSet(features, OneHot.of(y, order, from, to, nClasses));
    }
}
