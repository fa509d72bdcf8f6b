package org.merlab.models;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The study's two networks over a feature map {@code [bins][frames]} (mel spectrogram in dB, chromagram, or the two
 * concatenated along the bins): an LSTM reading the frames as a sequence of {@code bins}-vectors, and a 2-D CNN
 * reading the map as a one-channel image. Each is a trunk (every layer but the last, whose output is
 * {@link #TRUNK_FEATURES} values) under a {@link Head}, so one trunk serves classification, regression, transfer
 * ({@link Transfer}) and multitask regression. The study gives no layer sizes; these are ours, small for a 2-core
 * machine:
 * <pre>
 *   LSTM:   LSTM 64 -> mean over frames -> Dense 32 ReLU -> Dropout 0.3 -> head   input NCW [n][bins][frames]
 *   2D CNN: Conv 3x3 16 ReLU -> MaxPool 2 -> Conv 3x3 32 ReLU -> MaxPool 2 -> Conv 3x3 32 ReLU
 *           -> global average pool -> Dense 32 ReLU -> Dropout 0.3 -> head       input NCHW [n][1][bins][frames]
 * </pre>
 * The LSTM's states are averaged over time rather than taken at the last step: DL4J M2.1 cannot freeze a
 * {@code LastTimeStep} wrapper for transfer (a {@code ClassCastException} in training), and the mean keeps early
 * frames in view of a 30 s clip. Both use L2 {@value #L2} on weights (the study's "L2 regularisation"), Adam, Xavier weights, float32.
 */
public final class SpectroNets {

    /** Width of the trunk's last layer, the head's input. */
    public static final int TRUNK_FEATURES = 32;
    public static final double L2 = 1e-4;
    static final double DROPOUT = 0.3;

    private SpectroNets() {
    }

    private static NeuralNetConfiguration.Builder base(long seed) {
        return new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT).updater(new Adam(1e-3))
                .weightInit(WeightInit.XAVIER).l2(L2);
    }

    /** The LSTM over {@code bins} values per frame; sequences may differ in length. */
    public static MultiLayerNetwork lstm(int bins, Head head, long seed) {
        requirePositive(bins, 1);
        var conf = base(seed).list()
                .layer(new LSTM.Builder().nIn(bins).nOut(64).activation(Activation.TANH).build())
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new DenseLayer.Builder().nOut(TRUNK_FEATURES).activation(Activation.RELU).build())
                .layer(new DropoutLayer(1 - DROPOUT))
                .layer(head.layer(TRUNK_FEATURES))
                .setInputType(InputType.recurrent(bins))
                .build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** The 2-D CNN over maps of {@code bins x frames}. */
    public static MultiLayerNetwork cnn(int bins, int frames, Head head, long seed) {
        requirePositive(bins, frames);
        var conf = base(seed).convolutionMode(ConvolutionMode.Same).list()
                .layer(conv(16))
                .layer(pool())
                .layer(conv(32))
                .layer(pool())
                .layer(conv(32))
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new DenseLayer.Builder().nOut(TRUNK_FEATURES).activation(Activation.RELU).build())
                .layer(new DropoutLayer(1 - DROPOUT))
                .layer(head.layer(TRUNK_FEATURES))
                .setInputType(InputType.convolutional(bins, frames, 1))
                .build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static ConvolutionLayer conv(int filters) {
        return new ConvolutionLayer.Builder(3, 3).nOut(filters).activation(Activation.RELU).build();
    }

    private static SubsamplingLayer pool() {
        return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    private static void requirePositive(int bins, int frames) {
        if (bins < 1 || frames < 1) {
            throw new IllegalArgumentException("a feature map needs bins and frames >= 1, got " + bins + " x "
                    + frames);
        }
    }
}
