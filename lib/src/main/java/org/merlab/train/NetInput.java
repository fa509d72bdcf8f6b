package org.merlab.train;

import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns plain arrays into the tensors a network expects, and checks them.
 *
 * <p>A row of {@code x} is one example. For a network whose first layer is a dense layer it is the feature vector
 * {@code [n][length]}. For a first layer that reads sequences (1-D convolution, recurrent) the row is a sequence of
 * {@code length / nIn} steps of {@code nIn} channels, stored step by step as Keras' {@code (steps, channels)}, and
 * becomes DL4J's NCW {@code [n][nIn][steps]}; the paper's 28 features with 1 channel become {@code [n][1][28]}.
 */
final class NetInput {

    private final boolean sequence;
    private final int channels;
    private final int nClasses;
    private final MultiLayerNetwork net;

    NetInput(MultiLayerNetwork net) {
        this.net = net;
        var conf = net.getLayerWiseConfigurations();
        Layer first = conf.getConf(0).getLayer();
        Layer inner = first instanceof BaseWrapperLayer w ? w.getUnderlying() : first;
        if (!(inner instanceof FeedForwardLayer ff)) {
            throw new IllegalArgumentException("first layer " + first.getClass().getSimpleName()
                    + " has no input size; cannot map plain arrays to it");
        }
        sequence = inner instanceof Convolution1DLayer || inner instanceof BaseRecurrentLayer;
        channels = Math.toIntExact(ff.getNIn());
        Layer last = conf.getConf(conf.getConfs().size() - 1).getLayer();
        if (!(last instanceof BaseOutputLayer out)) {
            throw new IllegalArgumentException("last layer " + last.getClass().getSimpleName()
                    + " is not an output layer");
        }
        nClasses = Math.toIntExact(out.getNOut());
    }

    int nClasses() {
        return nClasses;
    }

    /** Throws if {@code x} is empty or ragged, its rows do not fit the first layer, or {@code y} does not match. */
    void check(String name, double[][] x, int[] y) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException(name + ": x has no rows");
        }
        int length = x[0].length;
        int expected = sequence ? length - length % channels : channels;
        if (length == 0 || length != expected) {
            throw new IllegalArgumentException(name + ": rows of length " + length + " do not fit the first layer's "
                    + channels + (sequence ? " channels per step" : " inputs"));
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != length) {
                throw new IllegalArgumentException(name + ": row " + i + " has length " + x[i].length
                        + ", row 0 has " + length);
            }
        }
        if (y == null) {
            return;
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException(name + ": " + y.length + " labels for " + x.length + " rows");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= nClasses) {
                throw new IllegalArgumentException(name + ": label " + y[i] + " at row " + i
                        + " is outside 0.." + (nClasses - 1));
            }
        }
    }

    /** The rows {@code rows[from..to)} of {@code x} as one input batch in the network's data type. */
    INDArray features(double[][] x, int[] rows, int from, int to) {
        int n = to - from;
        int length = x[0].length;
        int steps = length / channels;
        float[] flat = new float[n * length];
        for (int b = 0; b < n; b++) {
            double[] row = x[rows[from + b]];
            for (int t = 0; t < steps; t++) {
                for (int c = 0; c < channels; c++) {
                    // NCW: channel-major within an example, whereas the row is step-major.
                    flat[b * length + (sequence ? c * steps + t : t * channels + c)] = (float) row[t * channels + c];
                }
            }
        }
        long[] shape = sequence ? new long[] {n, channels, steps} : new long[] {n, length};
        return Nd4j.create(flat, shape, 'c').castTo(net.getLayerWiseConfigurations().getDataType());
    }

    /** One-hot labels {@code [n][nClasses]} of {@code y[rows[from..to)]}. */
    INDArray oneHot(int[] y, int[] rows, int from, int to) {
        float[] flat = new float[(to - from) * nClasses];
        for (int b = from; b < to; b++) {
            flat[(b - from) * nClasses + y[rows[b]]] = 1f;
        }
        return Nd4j.create(flat, new long[] {to - from, nClasses}, 'c')
                .castTo(net.getLayerWiseConfigurations().getDataType());
    }
}
