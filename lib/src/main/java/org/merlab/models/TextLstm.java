package org.merlab.models;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.rnn.ReverseTimeSeriesVertex;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;

/**
 * An LSTM text classifier: token ids {@code [batch][T]} with a padding mask ->
 * <pre>
 *   Embedding  vocabSize -> embedding (no bias)                        T x embedding
 *   (Bi)LSTM   units per direction, tanh, sigmoid gates; x layers     T x units (x 2 if bidirectional)
 *   masked pooling over time (max or mean of the real tokens only)     units (x 2)
 *   Dense softmax nClasses, cross-entropy (optionally class-weighted)
 * </pre>
 * Pooling over every real step, not the last step: a backward LSTM's "last" output has seen a single token.
 *
 * <p>A DL4J {@link ComputationGraph}, because DL4J 1.0.0-M2.1's LSTM does not hold its state over masked steps (it
 * carries on reading the padding) and its {@code Bidirectional} wrapper reverses whole padded rows, so its backward
 * direction would read the padding before the first real token. Here the backward LSTM reads each text reversed
 * within its own length ({@link ReverseTimeSeriesVertex} with the input's mask), so in both directions padding
 * comes after the real tokens and cannot reach them; the masked pooling then ignores the padded steps' outputs
 * (tested: the output does not change with what the padding holds). Dropout (rate) on each LSTM layer's input and
 * on the head's input. Adam at {@code learningRate}; Glorot-uniform weights, forget-gate bias 1 (Keras'
 * defaults).
 *
 * <p>Parameters: embedding {@code V e}; an LSTM layer {@code 4 u (n + u) + 4 u} per direction ({@code n} its input
 * width, DL4J's LSTM has no peepholes); head {@code (dirs u) k + k}.
 *
 * @param vocabSize     ids including padding and OOV
 * @param nClasses      softmax outputs
 * @param embedding     embedding width
 * @param units         LSTM units per direction
 * @param layers        stacked LSTM layers, 1 or 2
 * @param bidirectional a forward and a backward LSTM per layer, outputs concatenated
 * @param pooling       {@link PoolingType#MAX} or {@link PoolingType#AVG}, over the unmasked steps
 * @param dropout       dropout rate in [0, 1)
 * @param learningRate  Adam's rate
 * @param classWeights  loss weight per class, or {@code null} for none
 */
public record TextLstm(int vocabSize, int nClasses, int embedding, int units, int layers, boolean bidirectional,
                       PoolingType pooling, double dropout, double learningRate, double[] classWeights) {

    /** The graph's input: token ids {@code [batch][T]}, with the padding mask set on it. */
    public static final String INPUT = "ids";
    /** The graph's softmax output. */
    public static final String OUTPUT = "output";

    public TextLstm {
        TextHead.check(vocabSize, nClasses, dropout, learningRate, classWeights);
        if (embedding < 1 || units < 1) {
            throw new IllegalArgumentException("embedding and units must be positive, got " + embedding + " and "
                    + units);
        }
        if (layers < 1 || layers > 2) {
            throw new IllegalArgumentException("layers must be 1 or 2, got " + layers);
        }
        if (pooling != PoolingType.MAX && pooling != PoolingType.AVG) {
            throw new IllegalArgumentException("pooling must be MAX or AVG, got " + pooling);
        }
        classWeights = classWeights == null ? null : classWeights.clone();
    }

    /** Embedding 128, one bidirectional layer of 64 units, max pooling, dropout 0.3, Adam 1e-3, no class weights. */
    public static TextLstm defaults(int vocabSize, int nClasses) {
        return new TextLstm(vocabSize, nClasses, 128, 64, 1, true, PoolingType.MAX, 0.3, 1e-3, null);
    }

    public TextLstm withShape(int embeddingWidth, int unitsPerDirection, int layerCount) {
        return new TextLstm(vocabSize, nClasses, embeddingWidth, unitsPerDirection, layerCount, bidirectional,
                pooling, dropout, learningRate, classWeights);
    }

    public TextLstm withPooling(PoolingType type) {
        return new TextLstm(vocabSize, nClasses, embedding, units, layers, bidirectional, type, dropout,
                learningRate, classWeights);
    }

    public TextLstm withLearningRate(double rate) {
        return new TextLstm(vocabSize, nClasses, embedding, units, layers, bidirectional, pooling, dropout, rate,
                classWeights);
    }

    public TextLstm withDropout(double rate) {
        return new TextLstm(vocabSize, nClasses, embedding, units, layers, bidirectional, pooling, rate,
                learningRate, classWeights);
    }

    /** The same model with sklearn-style balanced class weights from the training labels. */
    public TextLstm withBalancedClassWeights(int[] trainingLabels) {
        return new TextLstm(vocabSize, nClasses, embedding, units, layers, bidirectional, pooling, dropout,
                learningRate, TextHead.balancedWeights(trainingLabels, nClasses));
    }

    @Override
    public double[] classWeights() {
        return classWeights == null ? null : classWeights.clone();
    }

    /** One line for tables: shape, pooling, dropout, rate, weights and parameter count. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s, embedding %d, %d x %d units%s, masked %s pooling, dropout %.2f,"
                        + " Adam %.0e%s, %,d parameters", bidirectional ? "BiLSTM" : "LSTM", embedding, layers, units,
                bidirectional ? " per direction" : "", pooling == PoolingType.MAX ? "max" : "mean", dropout,
                learningRate, classWeights == null ? "" : ", balanced class weights", parameterCount());
    }

    /** The parameter count by the formula above. */
    public long parameterCount() {
        int directions = bidirectional ? 2 : 1;
        long total = (long) vocabSize * embedding;
        int in = embedding;
        for (int l = 0; l < layers; l++) {
            total += directions * (4L * units * (in + units) + 4L * units);
            in = directions * units;
        }
        return total + (long) in * nClasses + nClasses;
    }

    /** The configuration, weights seeded by {@code seed}, not yet initialised. */
    public ComputationGraphConfiguration configuration(long seed) {
        var graph = TextHead.graph(seed, learningRate).addInputs(INPUT)
                .addLayer("embedding", TextHead.embedding(vocabSize, embedding), INPUT);
        String in = "embedding";
        int width = embedding;
        for (int l = 1; l <= layers; l++) {
            graph.addLayer("lstm" + l, lstm(width), in);
            if (bidirectional) {
                // reverse each text within its own length, so padding stays behind the real tokens in both
                // directions and a direction never reads padding before a real token
                graph.addVertex("reverse" + l, new ReverseTimeSeriesVertex(INPUT), in)
                        .addLayer("lstm" + l + "-backward", lstm(width), "reverse" + l)
                        .addVertex("unreverse" + l, new ReverseTimeSeriesVertex(INPUT), "lstm" + l + "-backward")
                        .addVertex("bilstm" + l, new MergeVertex(), "lstm" + l, "unreverse" + l);
                in = "bilstm" + l;
            } else {
                in = "lstm" + l;
            }
            width = (bidirectional ? 2 : 1) * units;
        }
        return graph.addLayer("pooling", TextHead.pooling(pooling), in)
                .addLayer(OUTPUT, TextHead.output(width, nClasses, dropout, classWeights), "pooling")
                .setOutputs(OUTPUT)
                .build();
    }

    private LSTM lstm(int nIn) {
        var lstm = new LSTM.Builder().nIn(nIn).nOut(units).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).forgetGateBiasInit(1.0);
        if (dropout > 0) {
            // DL4J's argument is the probability of keeping a unit.
            lstm.dropOut(1 - dropout);
        }
        return lstm.build();
    }

    /** The initialised network, weights drawn from {@code seed}. */
    public ComputationGraph build(long seed) {
        var net = new ComputationGraph(configuration(seed));
        net.init();
        return net;
    }
}
