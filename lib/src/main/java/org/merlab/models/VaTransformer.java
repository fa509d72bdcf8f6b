package org.merlab.models;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A BERT-style Transformer encoder over frame tokens: {@link FrameEmbedding} (linear projection plus sinusoidal
 * positions), {@code depth} {@link TransformerEncoderBlock}s (multi-head self-attention with the padding mask,
 * residuals, layer norms, GELU feed-forward), then either a linear per-step head (one output per step, MSE: the
 * valence or arousal curve) or a pooled head (masked mean over steps, softmax over classes, for clip-level
 * classification). Input NCW {@code [batch][nIn][T]}.
 *
 * <p>Parameters: {@code nIn w + w} for the embedding, {@link TransformerEncoderBlock#parameterCount} per block,
 * {@code w + 1} for the per-step head or {@code (w + 1) classes} for the pooled one. The report gives no width, depth
 * or heads; {@link Options#DEFAULT} is a small encoder that trains from scratch on a few thousand steps.
 */
public final class VaTransformer {

    /**
     * Shape of the encoder; validated.
     *
     * @param width       model width {@code w}, even, divisible by {@code heads}
     * @param depth       encoder blocks, at least 1
     * @param heads       attention heads
     * @param feedForward inner size of the feed-forward network
     */
    public record Options(int width, int depth, int heads, int feedForward) {
        /** Width 64, 2 blocks of 4 heads, feed-forward 128. */
        public static final Options DEFAULT = new Options(64, 2, 4, 128);

        public Options {
            if (depth < 1) {
                throw new IllegalArgumentException("depth must be at least 1, got " + depth);
            }
            new TransformerEncoderBlock(width, heads, feedForward, TransformerEncoderBlock.Activation.GELU);
            new FrameEmbedding(1, width);
        }

        /** Parameters of embedding and blocks for {@code nIn} inputs, without the head. */
        public long encoderParameters(int nIn) {
            return (long) nIn * width + width + depth * TransformerEncoderBlock.parameterCount(width,
                    feedForward);
        }
    }

    private VaTransformer() {
    }

    /** The per-step regressor: {@code outputs} linear values per step (1 per dimension, or 2 jointly), MSE loss. */
    public static MultiLayerConfiguration regressor(int nIn, int outputs, Options o, long seed) {
        if (outputs < 1) {
            throw new IllegalArgumentException("outputs must be at least 1, got " + outputs);
        }
        var list = encoder(nIn, o, seed);
        list.layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(outputs)
                .activation(Activation.IDENTITY).dataFormat(RNNFormat.NCW).build());
        return list.setInputType(InputType.recurrent(nIn, RNNFormat.NCW)).build();
    }

    /** The pooled classifier: masked mean over steps, softmax over {@code classes}, cross-entropy. */
    public static MultiLayerConfiguration classifier(int nIn, int classes, Options o, long seed) {
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be at least 2, got " + classes);
        }
        var list = encoder(nIn, o, seed);
        list.layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build());
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).build());
        return list.setInputType(InputType.recurrent(nIn, RNNFormat.NCW)).build();
    }

    /** The initialised {@link #classifier}. */
    public static MultiLayerNetwork buildClassifier(int nIn, int classes, Options o, long seed) {
        var net = new MultiLayerNetwork(classifier(nIn, classes, o, seed));
        net.init();
        return net;
    }

    /** The initialised per-step regressor with one output per step. */
    public static MultiLayerNetwork buildRegressor(int nIn, Options o, long seed) {
        return buildRegressor(nIn, 1, o, seed);
    }

    /** The initialised per-step regressor with {@code outputs} values per step. */
    public static MultiLayerNetwork buildRegressor(int nIn, int outputs, Options o, long seed) {
        var net = new MultiLayerNetwork(regressor(nIn, outputs, o, seed));
        net.init();
        return net;
    }

    private static NeuralNetConfiguration.ListBuilder encoder(int nIn, Options o, long seed) {
        if (nIn < 1) {
            throw new IllegalArgumentException("nIn must be at least 1, got " + nIn);
        }
        var list = KerasAdam.layers(seed)
                .layer(new FrameEmbedding(nIn, o.width()));
        for (int i = 0; i < o.depth(); i++) {
            list.layer(new TransformerEncoderBlock(o.width(), o.heads(), o.feedForward(),
                    TransformerEncoderBlock.Activation.GELU));
        }
        return list;
    }
}
