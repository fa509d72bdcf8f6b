package org.merlab.models;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
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
 * epsilon 1e-7); the rate follows a {@link WarmUp}.
 */
public final class VaLstm {

    /** The report's LSTM width. */
    public static final int UNITS = 64;

    private VaLstm() {
    }

    /**
     * @param nIn      inputs per step (128 mel bands)
     * @param schedule Adam's learning rate
     * @param seed     weight initialisation
     */
    public static MultiLayerConfiguration configuration(int nIn, WarmUp schedule, long seed) {
        if (nIn < 1) {
            throw new IllegalArgumentException("nIn must be at least 1, got " + nIn);
        }
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(schedule.adam())
                .list()
                .layer(lstm())
                .layer(lstm())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1)
                        .activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build())
                .setInputType(InputType.recurrent(nIn, RNNFormat.NCW))
                .build();
    }

    /** The initialised network. */
    public static MultiLayerNetwork build(int nIn, WarmUp schedule, long seed) {
        var net = new MultiLayerNetwork(configuration(nIn, schedule, seed));
        net.init();
        return net;
    }

    private static LSTM lstm() {
        return new LSTM.Builder().nOut(UNITS).activation(Activation.TANH).gateActivationFunction(Activation.SIGMOID)
                .forgetGateBiasInit(1.0).dataFormat(RNNFormat.NCW).build();
    }
}
