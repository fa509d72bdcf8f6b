package org.merlab.models;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * A Transformer encoder text classifier, from scratch (no pretrained weights): token ids {@code [batch][T]} with a
 * padding mask ->
 * <pre>
 *   Embedding vocabSize -> size (no bias) + learned position embedding   T x size
 *   blocks x TransformerEncoderBlock(size, heads, feedForward, ReLU)      T x size
 *   masked mean over the real tokens                                      size
 *   Dense softmax nClasses, cross-entropy (optionally class-weighted)
 * </pre>
 * Dropout (rate) on the first block's input (token plus position embeddings) and on the head's input; Adam at
 * {@code learningRate}. Parameters: {@code V d + d maxLength + blocks (4 d^2 + 2 d ff + ff + 5 d) + d k + k}.
 *
 * @param vocabSize    ids including padding and OOV
 * @param nClasses     softmax outputs
 * @param maxLength    longest sequence the position table covers (the text encoder's max length)
 * @param size         model width d
 * @param heads        attention heads, dividing {@code size}
 * @param feedForward  inner width of each block's feed-forward network
 * @param blocks       encoder blocks, at least 1
 * @param dropout      dropout rate in [0, 1)
 * @param learningRate Adam's rate
 * @param classWeights loss weight per class, or {@code null} for none
 */
public record TextTransformer(int vocabSize, int nClasses, int maxLength, int size, int heads, int feedForward,
                              int blocks, double dropout, double learningRate, double[] classWeights) {

    public TextTransformer {
        TextHead.check(vocabSize, nClasses, dropout, learningRate, classWeights);
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive, got " + maxLength);
        }
        if (blocks < 1) {
            throw new IllegalArgumentException("blocks must be at least 1, got " + blocks);
        }
        // the block checks size, heads and feedForward
        new TransformerEncoderBlock(size, heads, feedForward, TransformerEncoderBlock.Activation.RELU);
        classWeights = classWeights == null ? null : classWeights.clone();
    }

    /** Width 64, 4 heads, feed-forward 128, one block, dropout 0.1, Adam 1e-3, no class weights. */
    public static TextTransformer defaults(int vocabSize, int nClasses, int maxLength) {
        return new TextTransformer(vocabSize, nClasses, maxLength, 64, 4, 128, 1, 0.1, 1e-3, null);
    }

    public TextTransformer withShape(int width, int headCount, int feedForwardWidth, int blockCount) {
        return new TextTransformer(vocabSize, nClasses, maxLength, width, headCount, feedForwardWidth, blockCount,
                dropout, learningRate, classWeights);
    }

    public TextTransformer withLearningRate(double rate) {
        return new TextTransformer(vocabSize, nClasses, maxLength, size, heads, feedForward, blocks, dropout, rate,
                classWeights);
    }

    public TextTransformer withDropout(double rate) {
        return new TextTransformer(vocabSize, nClasses, maxLength, size, heads, feedForward, blocks, rate,
                learningRate, classWeights);
    }

    /** The same model with sklearn-style balanced class weights from the training labels. */
    public TextTransformer withBalancedClassWeights(int[] trainingLabels) {
        return new TextTransformer(vocabSize, nClasses, maxLength, size, heads, feedForward, blocks, dropout,
                learningRate, TextHead.balancedWeights(trainingLabels, nClasses));
    }

    @Override
    public double[] classWeights() {
        return classWeights == null ? null : classWeights.clone();
    }

    /** One line for tables: shape, dropout, rate, weights and parameter count. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "Transformer encoder, width %d, %d heads, feed-forward %d, %d block(s),"
                        + " learned positions up to %d, masked mean pooling, dropout %.2f, Adam %.0e%s, %,d parameters",
                size, heads, feedForward, blocks, maxLength, dropout, learningRate,
                classWeights == null ? "" : ", balanced class weights", parameterCount());
    }

    /** The parameter count by the formula above. */
    public long parameterCount() {
        return (long) vocabSize * size + (long) size * maxLength
                + blocks * TransformerEncoderBlock.parameterCount(size, feedForward)
                + (long) size * nClasses + nClasses;
    }

    /** The configuration, weights seeded by {@code seed}, not yet initialised. */
    public MultiLayerConfiguration configuration(long seed) {
        var list = TextHead.list(seed, learningRate);
        int index = 0;
        list.layer(index++, TextHead.embedding(vocabSize, size));
        list.layer(index++, new PositionEmbedding(size, maxLength));
        for (int b = 0; b < blocks; b++) {
            var block = new TransformerEncoderBlock(size, heads, feedForward,
                    TransformerEncoderBlock.Activation.RELU);
            if (b == 0 && dropout > 0) {
                block.setIDropout(new org.deeplearning4j.nn.conf.dropout.Dropout(1 - dropout));
            }
            list.layer(index++, block);
        }
        list.layer(index++, TextHead.pooling(PoolingType.AVG));
        list.layer(index, TextHead.output(size, nClasses, dropout, classWeights));
        return list.build();
    }

    /** The initialised network, weights drawn from {@code seed}. */
    public MultiLayerNetwork build(long seed) {
        var net = new MultiLayerNetwork(configuration(seed));
        net.init();
        return net;
    }
}
