package org.merlab.train;

import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * How a plain feature row becomes a network's input. For a first dense layer the row is the feature vector
 * {@code [length]}. For a first layer that reads sequences (1-D convolution, recurrent) the row is a sequence of
 * {@code length / channels} steps of {@code channels} values, stored step by step as Keras' {@code (steps, channels)},
 * and becomes DL4J's NCW {@code [channels][steps]}; the paper's 28 features with 1 channel become {@code [1][28]}.
 *
 * @param sequence whether rows are sequences (NCW) rather than vectors
 * @param channels values per step of a sequence, or the vector length of a dense input
 * @param nClasses outputs of the network's last layer
 */
public record VectorLayout(boolean sequence, int channels, int nClasses) {

    public VectorLayout {
        if (channels < 1 || nClasses < 1) {
            throw new IllegalArgumentException("channels and nClasses must be positive, got " + channels + ", "
                    + nClasses);
        }
    }

    /** The layout {@code net}'s first and last layers ask for. */
    public static VectorLayout of(MultiLayerNetwork net) {
        var conf = net.getLayerWiseConfigurations();
        Layer first = conf.getConf(0).getLayer();
        Layer inner = first instanceof BaseWrapperLayer w ? w.getUnderlying() : first;
        if (!(inner instanceof FeedForwardLayer ff)) {
            throw new IllegalArgumentException("first layer " + first.getClass().getSimpleName()
                    + " has no input size; cannot map plain arrays to it");
        }
        Layer last = conf.getConf(conf.getConfs().size() - 1).getLayer();
        if (!(last instanceof BaseOutputLayer out)) {
            throw new IllegalArgumentException("last layer " + last.getClass().getSimpleName()
                    + " is not an output layer");
        }
        boolean sequence = inner instanceof Convolution1DLayer || inner instanceof BaseRecurrentLayer;
        return new VectorLayout(sequence, Math.toIntExact(ff.getNIn()), Math.toIntExact(out.getNOut()));
    }

    /** Throws if {@code x} is empty or ragged or its rows do not fit, or {@code y} does not match. */
    void check(double[][] x, int[] y) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x has no rows");
        }
        int length = x[0].length;
        int expected = sequence ? length - length % channels : channels;
        if (length == 0 || length != expected) {
            throw new IllegalArgumentException("rows of length " + length + " do not fit the first layer's "
                    + channels + (sequence ? " channels per step" : " inputs"));
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != length) {
                throw new IllegalArgumentException("row " + i + " has length " + x[i].length
                        + ", row 0 has " + length);
            }
        }
        if (y == null) {
            return;
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException(y.length + " labels for " + x.length + " rows");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= nClasses) {
                throw new IllegalArgumentException("label " + y[i] + " at row " + i
                        + " is outside 0.." + (nClasses - 1));
            }
        }
    }

    /** The input shape of a batch of {@code n} rows of {@code length} values. */
    long[] shape(int n, int length) {
        return sequence ? new long[] {n, channels, length / channels} : new long[] {n, length};
    }
}
