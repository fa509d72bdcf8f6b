package org.merlab.models;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The hybrid CNN-LSTM of Yakovyna &amp; Korniienko (2023), "Music emotion classification using a hybrid CNN-LSTM
 * model", Table 3, on Deeplearning4j.
 *
 * <p>Input: one segment's 28 features read as a sequence of {@code inputLength} steps with one channel, i.e. the
 * Keras shape {@code (28, 1)}; DL4J holds it as NCW {@code [batch][1][28]}. Layers (Keras order):
 * <pre>
 *   Conv1D 128 k4 same ReLU, Conv1D 128 k4 same ReLU, BatchNorm, MaxPool 2, Dropout   -> 14 x 128
 *   Conv1D 256 k4 same ReLU, Conv1D 256 k4 same ReLU, BatchNorm, MaxPool 2, Dropout   ->  7 x 256
 *   Conv1D 512 k4 same ReLU, Conv1D 512 k4 same ReLU, BatchNorm, MaxPool 2, Dropout   ->  3 x 512
 *   LSTM 128 (return sequences), BatchNorm, Dropout                                  ->  3 x 128
 *   LSTM 128 (last step), BatchNorm, Dropout                                         ->  128
 *   Dense 64 ReLU, Dropout, BatchNorm                                                ->  64
 *   Dense nClasses softmax                                                           ->  nClasses
 * </pre>
 * With 10 outputs this is 2,507,466 parameters, the paper's total (batch norm counts gamma, beta, mean and variance,
 * as Keras does). Pooling is Keras' {@code padding='valid'} (7 steps pool to 3).
 *
 * <p>Choices the paper's table leaves open, made here to match Keras defaults: ReLU convolutions, Glorot-uniform
 * weights, LSTM tanh with sigmoid gates and forget-gate bias 1, batch norm momentum 0.99 (adjustable) and epsilon
 * 1e-3 with a moving variance (not DL4J's default moving log-std), and a dropout <em>rate</em> of
 * {@value #DEFAULT_DROPOUT} (our choice; the rate is not given in Table 3). The output layer's loss is
 * categorical cross-entropy on one-hot labels, which equals Keras' sparse categorical cross-entropy on class indices.
 * The updater is RMSprop with learning rate 1e-3 and Keras' rho 0.9 and epsilon 1e-7 ({@code org.merlab.train.Trainer}
 * changes the rate during training).
 *
 * <p>DL4J 1.0.0-M2.1 cannot batch-normalise rank-3 activations directly, so each batch norm that follows a
 * convolution or the sequence LSTM gets an {@link RnnToFeedForwardPreProcessor} (normalising per channel over batch and
 * time, as Keras' {@code axis=-1}) and the layer after it a {@link FeedForwardToRnnPreProcessor}.
 */
public final class CnnLstm {

    /** Dropout rate (fraction dropped) used when none is given: the paper does not state one. */
    public static final double DEFAULT_DROPOUT = 0.3;
    /** The paper's input: 28 features per segment. */
    public static final int PAPER_INPUT_LENGTH = 28;
    /** RMSprop learning rate of the paper's training. */
    public static final double LEARNING_RATE = 1e-3;
    /** Keras' batch-norm momentum: the weight of the old running statistics at each update. */
    public static final double DEFAULT_BATCH_NORM_MOMENTUM = 0.99;

    private static final int KERNEL = 4;
    private static final int POOL = 2;
    private static final int[] CONV_WIDTHS = {128, 256, 512};
    private static final int LSTM_UNITS = 128;
    private static final int DENSE_UNITS = 64;
    private static final double BN_EPSILON = 1e-3;
    /** Keras' RMSprop rho and epsilon (DL4J's defaults are 0.95 and 1e-8). */
    private static final double RMS_DECAY = 0.9;
    private static final double RMS_EPSILON = 1e-7;

    private final long seed;
    private final int nClasses;
    private final int inputLength;
    private final double dropout;
    private final double batchNormMomentum;

    private CnnLstm(long seed, int nClasses, int inputLength, double dropout, double batchNormMomentum) {
        if (nClasses < 2) {
            throw new IllegalArgumentException("nClasses must be at least 2, got " + nClasses);
        }
        // Three pools of 2 must leave at least one step for the LSTMs.
        if (inputLength < 8) {
            throw new IllegalArgumentException("inputLength must be at least 8, got " + inputLength);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + dropout);
        }
        if (!(batchNormMomentum >= 0 && batchNormMomentum < 1)) {
            throw new IllegalArgumentException("batchNormMomentum must be in [0, 1), got " + batchNormMomentum);
        }
        this.seed = seed;
        this.nClasses = nClasses;
        this.inputLength = inputLength;
        this.dropout = dropout;
        this.batchNormMomentum = batchNormMomentum;
    }

    /** A builder with the paper's input length, {@link #DEFAULT_DROPOUT}, 10 classes and seed 0. */
    public static Builder builder() {
        return new Builder();
    }

    private MultiLayerConfiguration configuration() {
        var list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new RmsProp(LEARNING_RATE, RMS_DECAY, RMS_EPSILON))
                .list();
        int index = 0;
        for (int width : CONV_WIDTHS) {
            list.layer(index++, conv(width));
            list.layer(index++, conv(width));
            list.inputPreProcessor(index, new RnnToFeedForwardPreProcessor(RNNFormat.NCW));
            list.layer(index++, batchNorm());
            list.inputPreProcessor(index, new FeedForwardToRnnPreProcessor(RNNFormat.NCW));
            list.layer(index++, new Subsampling1DLayer.Builder(PoolingType.MAX)
                    .kernelSize(POOL).stride(POOL).convolutionMode(ConvolutionMode.Truncate).build());
            list.layer(index++, dropoutLayer());
        }
        list.layer(index++, lstm());
        list.inputPreProcessor(index, new RnnToFeedForwardPreProcessor(RNNFormat.NCW));
        list.layer(index++, batchNorm());
        list.inputPreProcessor(index, new FeedForwardToRnnPreProcessor(RNNFormat.NCW));
        list.layer(index++, dropoutLayer());
        list.layer(index++, new LastTimeStep(lstm()));
        list.layer(index++, batchNorm());
        list.layer(index++, dropoutLayer());
        list.layer(index++, new DenseLayer.Builder().nOut(DENSE_UNITS).activation(Activation.RELU).build());
        list.layer(index++, dropoutLayer());
        list.layer(index++, batchNorm());
        list.layer(index, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nOut(nClasses).activation(Activation.SOFTMAX).build());
        return list.setInputType(InputType.recurrent(1, inputLength, RNNFormat.NCW)).build();
    }

    private MultiLayerNetwork build() {
        var net = new MultiLayerNetwork(configuration());
        net.init();
        return net;
    }

    private static Convolution1DLayer conv(int width) {
        return new Convolution1DLayer.Builder().kernelSize(KERNEL).nOut(width)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).build();
    }

    private BatchNormalization batchNorm() {
        // Keras keeps a moving variance; DL4J's default moving log10(std) is a different average.
        return new BatchNormalization.Builder().decay(batchNormMomentum).eps(BN_EPSILON).useLogStd(false).build();
    }

    private static LSTM lstm() {
        return new LSTM.Builder().nOut(LSTM_UNITS).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).forgetGateBiasInit(1.0).build();
    }

    private DropoutLayer dropoutLayer() {
        // DL4J's argument is the probability of keeping a unit.
        return new DropoutLayer.Builder(1.0 - dropout).build();
    }

    /** Collects the few settings; validation happens in {@link #build()}/{@link #configuration()}. */
    public static final class Builder {
        private long seed;
        private int nClasses = 10;
        private int inputLength = PAPER_INPUT_LENGTH;
        private double dropout = DEFAULT_DROPOUT;
        private double batchNormMomentum = DEFAULT_BATCH_NORM_MOMENTUM;

        private Builder() {
        }

        /** Seed of the weight initialisation (DL4J's configuration seed). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Number of softmax outputs (9 GEMS emotions; the paper's network had 10). */
        public Builder nClasses(int value) {
            nClasses = value;
            return this;
        }

        /** Number of input steps (features per segment), 28 in the paper. */
        public Builder inputLength(int value) {
            inputLength = value;
            return this;
        }

        /** Dropout rate: the fraction of units dropped, Keras' {@code Dropout(rate)}. */
        public Builder dropout(double rate) {
            dropout = rate;
            return this;
        }

        /**
         * Batch-norm momentum (Keras' {@code momentum}, DL4J's {@code decay}). Keras' 0.99 needs several hundred
         * updates before the running statistics used at inference match the batch statistics, since the running
         * variance starts at 1; short runs on little data want a smaller value such as 0.9.
         */
        public Builder batchNormMomentum(double value) {
            batchNormMomentum = value;
            return this;
        }

        /**
         * The network's configuration, not yet initialised (e.g. to change workspace or cache mode before use);
         * throws {@link IllegalArgumentException} naming a bad setting.
         */
        public MultiLayerConfiguration configuration() {
            return new CnnLstm(seed, nClasses, inputLength, dropout, batchNormMomentum).configuration();
        }

        /**
         * The initialised network (weights drawn from the seed); throws {@link IllegalArgumentException} naming a
         * bad setting.
         */
        public MultiLayerNetwork build() {
            return new CnnLstm(seed, nClasses, inputLength, dropout, batchNormMomentum).build();
        }
    }
}
