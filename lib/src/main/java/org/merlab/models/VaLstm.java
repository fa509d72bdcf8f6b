package org.merlab.models;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The sequence regressor of the LSTM/Transformer music-sentiment report: two LSTM layers of 64 units returning
 * sequences and a time-distributed dense layer with one output, trained with Adam on the mean squared error, one
 * network per dimension (valence or arousal). Input NCW {@code [batch][nIn][T]}, output {@code [batch][1][T]}.
 *
 * <p>With 128 mel bands: {@code 4 (64 (128 + 64) + 64) + 4 (64 (64 + 64) + 64) + (64 + 1) = 82,497} parameters,
 * as Keras counts them. The report's "activation: default (linear)" is not Keras' LSTM default; this is: tanh
 * with sigmoid gates, forget-gate bias 1 ({@code unit_forget_bias}), Glorot-uniform weights (Keras' recurrent
 * kernels are orthogonal, which DL4J's LSTM does not offer), a linear output. Adam's moments are Keras' (0.9, 0.999,
 * epsilon 1e-7, {@link KerasAdam}); the trainer sets the rate. A joint model ({@code outputs} 2) predicts valence and
 * arousal from one network, where the report trains one per dimension.
 *
 * <p>The same two-layer encoder also classifies whole sequences ({@link #classifier}): its per-step states averaged
 * over the real steps (the padding mask), then a softmax, as the emotion study's segment classifier.
 */
public final class VaLstm {

    /** The report's LSTM width. */
    public static final int UNITS = 64;

    private VaLstm() {
    }

    /**
     * @param nIn     inputs per step (128 mel bands)
     * @param outputs values per step: 1 (the report's one dimension per network) or 2 (valence and arousal)
     * @param seed    weight initialisation
     */
    public static MultiLayerConfiguration configuration(int nIn, int outputs, long seed) {
        if (nIn < 1 || outputs < 1) {
            throw new IllegalArgumentException("nIn and outputs must be at least 1, got " + nIn + " and " + outputs);
        }
        return encoder(seed)
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(outputs)
                        .activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build())
                .setInputType(InputType.recurrent(nIn, RNNFormat.NCW))
                .build();
    }

    /**
     * The sequence classifier: the two LSTM layers, the mean of their last states over the real steps, a softmax over
     * {@code classes} with cross-entropy. Input NCW {@code [batch][nIn][T]}, output {@code [batch][classes]}.
     */
    public static MultiLayerConfiguration classifier(int nIn, int classes, long seed) {
        if (nIn < 1 || classes < 2) {
            throw new IllegalArgumentException("a classifier needs nIn >= 1 and classes >= 2, got " + nIn + " and "
                    + classes);
        }
        return encoder(seed)
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(nIn, RNNFormat.NCW))
                .build();
    }

    /** The initialised {@link #classifier}. */
    public static MultiLayerNetwork buildClassifier(int nIn, int classes, long seed) {
        var net = new MultiLayerNetwork(classifier(nIn, classes, seed));
        net.init();
        return net;
    }

    /** The initialised network with one output per step. */
    public static MultiLayerNetwork build(int nIn, long seed) {
        return build(nIn, 1, seed);
    }

    /** The initialised network with {@code outputs} values per step. */
    public static MultiLayerNetwork build(int nIn, int outputs, long seed) {
        var net = new MultiLayerNetwork(configuration(nIn, outputs, seed));
        net.init();
        return net;
    }

    /** The report's optimiser and initialisation with its two LSTM layers, before any head. */
    private static NeuralNetConfiguration.ListBuilder encoder(long seed) {
        return KerasAdam.layers(seed)
                .layer(lstm())
                .layer(lstm());
    }

    /** One of the report's LSTM layers, returning sequences; {@link Crnn} reads its convolutions' output with one. */
    static LSTM lstm() {
        return new LSTM.Builder().nOut(UNITS).activation(Activation.TANH).gateActivationFunction(Activation.SIGMOID)
                .forgetGateBiasInit(1.0).dataFormat(RNNFormat.NCW).build();
    }
}
