package org.merlab.models;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A convolutional-recurrent classifier of a spectrogram segment (a CRNN in the manner of Choi et al. 2017, "Convolutional
 * recurrent neural networks for music classification", with 1-D convolutions over time that read the mel bands as
 * channels): the convolutions find local spectro-temporal patterns and halve the time resolution twice, one of
 * {@link VaLstm}'s LSTM layers reads the shortened sequence, and its states are averaged over time before a softmax.
 * <pre>
 *   Conv1D 64 k3 same ReLU -> MaxPool 2 -> Conv1D 64 k3 same ReLU -> MaxPool 2      [64][T/4]
 *   LSTM 64 (VaLstm's) -> mean over steps -> Dense classes softmax                   [classes]
 * </pre>
 * Input NCW {@code [batch][nIn][T]} with every example of one length {@code T >= 4} (no padding mask: pooling would
 * need one of its own). Keras' initialisation and Adam ({@link KerasAdam}); the trainer sets the rate. With 64 mel
 * bands and 9 classes: {@code (3*64*64 + 64) * 2 + 4 (64 (64 + 64) + 64) + 65 * 9 = 58,313} parameters.
 */
public final class Crnn {

    /** Filters of each convolution. */
    public static final int FILTERS = 64;
    private static final int KERNEL = 3;
    private static final int POOL = 2;
    private static final int CONVOLUTIONS = 2;

    private Crnn() {
    }

    /** The configuration for {@code nIn} values per step and {@code classes} outputs. */
    public static MultiLayerConfiguration configuration(int nIn, int classes, int steps, long seed) {
        if (nIn < 1 || classes < 2) {
            throw new IllegalArgumentException("a CRNN needs nIn >= 1 and classes >= 2, got " + nIn + " and "
                    + classes);
        }
        int shortest = 1 << CONVOLUTIONS;
        if (steps < shortest) {
            throw new IllegalArgumentException("a CRNN halves its input " + CONVOLUTIONS + " times and needs at least "
                    + shortest + " steps, got " + steps);
        }
        var list = KerasAdam.layers(seed);
        for (int i = 0; i < CONVOLUTIONS; i++) {
            list.layer(new Convolution1DLayer.Builder().kernelSize(KERNEL).nOut(FILTERS)
                    .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).build());
            list.layer(new Subsampling1DLayer.Builder(PoolingType.MAX).kernelSize(POOL).stride(POOL)
                    .convolutionMode(ConvolutionMode.Truncate).build());
        }
        return list.layer(VaLstm.lstm())
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(nIn, steps, RNNFormat.NCW))
                .build();
    }

    /** The initialised network. */
    public static MultiLayerNetwork build(int nIn, int classes, int steps, long seed) {
        var net = new MultiLayerNetwork(configuration(nIn, classes, steps, seed));
        net.init();
        return net;
    }
}
