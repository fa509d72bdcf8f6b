package org.merlab.models;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * What the text classifiers share: the input (token ids {@code [batch][T]} with a padding mask, embedded to NCW
 * {@code [batch][channels][T]}), the masked pooling over time and the softmax head, Adam, and the checks of the
 * settings both take. Keras' embedding has no bias, and neither has this one.
 */
final class TextHead {

    private TextHead() {
    }

    /** Checks the settings every text classifier has; throws {@link IllegalArgumentException} naming the value. */
    static void check(int vocabSize, int nClasses, double dropout, double learningRate, double[] classWeights) {
        if (vocabSize < 3) {
            throw new IllegalArgumentException("vocabSize must be at least 3 (padding, OOV and a word), got "
                    + vocabSize);
        }
        if (nClasses < 2) {
            throw new IllegalArgumentException("nClasses must be at least 2, got " + nClasses);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + dropout);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite, got " + learningRate);
        }
        if (classWeights != null) {
            if (classWeights.length != nClasses) {
                throw new IllegalArgumentException("got " + classWeights.length + " class weights for " + nClasses
                        + " classes");
            }
            for (double w : classWeights) {
                if (!(w > 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("class weights must be positive and finite, got " + w);
                }
            }
        }
    }

    /** Seeded configuration with Glorot-uniform weights and Adam at {@code learningRate}. */
    static NeuralNetConfiguration.ListBuilder list(long seed, double learningRate) {
        return base(seed, learningRate).list();
    }

    /** The same, for a computation graph. */
    static ComputationGraphConfiguration.GraphBuilder graph(long seed, double learningRate) {
        return base(seed, learningRate).graphBuilder();
    }

    private static NeuralNetConfiguration.Builder base(long seed, double learningRate) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new Adam(learningRate));
    }

    /** Token ids to {@code size}-channel vectors, {@code vocabSize * size} parameters. */
    static EmbeddingSequenceLayer embedding(int vocabSize, int size) {
        return new EmbeddingSequenceLayer.Builder().nIn(vocabSize).nOut(size).hasBias(false).build();
    }

    /** Pools {@code [batch][channels][T]} over the unmasked steps only, to {@code [batch][channels]}. */
    static GlobalPoolingLayer pooling(PoolingType type) {
        return new GlobalPoolingLayer.Builder(type).collapseDimensions(true).build();
    }

    /**
     * Softmax over {@code nClasses} with (optionally class-weighted) cross-entropy, dropout rate {@code dropout} on
     * its input.
     */
    static OutputLayer output(int nIn, int nClasses, double dropout, double[] classWeights) {
        LossMCXENT loss = classWeights == null ? new LossMCXENT() : new LossMCXENT(Nd4j.createFromArray(classWeights)
                .castTo(Nd4j.defaultFloatingPointType()).reshape(1, nClasses));
        var builder = new OutputLayer.Builder(loss).nIn(nIn).nOut(nClasses).activation(Activation.SOFTMAX);
        if (dropout > 0) {
            // DL4J's argument is the probability of keeping a unit.
            builder.dropOut(1 - dropout);
        }
        return builder.build();
    }

    /** Inverse class frequency {@code n / (k n_c)}, sklearn's {@code class_weight="balanced"}. */
    static double[] balancedWeights(int[] y, int nClasses) {
        int[] counts = new int[nClasses];
        for (int label : y) {
            if (label < 0 || label >= nClasses) {
                throw new IllegalArgumentException("label " + label + " is not a class index in [0, " + nClasses
                        + ")");
            }
            counts[label]++;
        }
        double[] w = new double[nClasses];
        for (int c = 0; c < nClasses; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException("class " + c + " has no training example to weight");
            }
            w[c] = (double) y.length / (nClasses * counts[c]);
        }
        return w;
    }
}
