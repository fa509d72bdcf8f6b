package org.merlab.models;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.merlab.train.Examples;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Helpers of the text-model tests: padded batches in, probabilities out, a tiny learnable task. */
final class TextNets {

    private TextNets() {
    }

    /** Softmax outputs {@code [batch][k]} in inference mode for sequences padded to their longest. */
    static double[][] predict(MultiLayerNetwork net, int[][] sequences) {
        DataSet b = padded(sequences, null);
        return predict(net, b.getFeatures().toFloatMatrix(), b.getFeaturesMaskArray().toFloatMatrix());
    }

    static double[][] predict(MultiLayerNetwork net, float[][] ids, float[][] mask) {
        INDArray out = net.output(Nd4j.createFromArray(ids), false, Nd4j.createFromArray(mask), null);
        return out.toDoubleMatrix();
    }

    static double[][] predict(ComputationGraph net, int[][] sequences) {
        DataSet b = padded(sequences, null);
        return predict(net, b.getFeatures().toFloatMatrix(), b.getFeaturesMaskArray().toFloatMatrix());
    }

    /**
     * {@code sequences} in order as one batch padded to their longest ({@link Examples#tokens}), with one-hot labels
     * of {@code y} over two classes, or none.
     */
    static DataSet padded(int[][] sequences, int[] y) {
        int longest = Arrays.stream(sequences).mapToInt(s -> s.length).max().orElse(1);
        return Examples.tokens(sequences, y, 2, longest).batch(IntStream.range(0, sequences.length).toArray(), 0,
                sequences.length);
    }

    static double[][] predict(ComputationGraph net, float[][] ids, float[][] mask) {
        INDArray[] out = net.output(false, new INDArray[] {Nd4j.createFromArray(ids)},
                new INDArray[] {Nd4j.createFromArray(mask)}, null);
        return out[0].toDoubleMatrix();
    }

    /**
     * Replaces every parameter by N(0, 0.5^2) noise, so biases are far from their initial zeros: a network whose
     * padding leaks only through non-zero biases would pass a masking test at initialisation.
     */
    static void randomise(org.deeplearning4j.nn.api.Model net, long seed) {
        Nd4j.getRandom().setSeed(seed);
        net.setParams(Nd4j.randn(net.params().dataType(), net.params().shape()).muli(0.5));
    }

    /**
     * {@code n} random sequences of ids in {@code [2, vocab)}, lengths 2..maxLength; label 1 when the sequence holds
     * id 2, else 0: learnable only by looking at every position.
     */
    static DataSet containsTask(int n, int vocab, int maxLength, long seed) {
        Random rng = new Random(seed);
        int[][] seqs = new int[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            seqs[i] = rng.ints(2 + rng.nextInt(maxLength - 1), 3, vocab).toArray();
            boolean positive = i % 2 == 0;
            if (positive) {
                seqs[i][rng.nextInt(seqs[i].length)] = 2;
            }
            labels[i] = positive ? 1 : 0;
        }
        return padded(seqs, labels);
    }

    /** The network written by DL4J's {@link ModelSerializer} to {@code dir} and read back. */
    static MultiLayerNetwork restored(MultiLayerNetwork net, Path dir) throws IOException {
        File file = dir.resolve("net.zip").toFile();
        ModelSerializer.writeModel(net, file, false);
        return ModelSerializer.restoreMultiLayerNetwork(file, false);
    }

    static ComputationGraph restored(ComputationGraph net, Path dir) throws IOException {
        File file = dir.resolve("graph.zip").toFile();
        ModelSerializer.writeModel(net, file, false);
        return ModelSerializer.restoreComputationGraph(file, false);
    }

    /** Share of rows whose argmax output is the one-hot label. */
    static double accuracy(MultiLayerNetwork net, DataSet data) {
        return accuracy(net.output(data.getFeatures(), false, data.getFeaturesMaskArray(), null).toDoubleMatrix(),
                data);
    }

    static double accuracy(ComputationGraph net, DataSet data) {
        return accuracy(net.output(false, new INDArray[] {data.getFeatures()},
                new INDArray[] {data.getFeaturesMaskArray()}, null)[0].toDoubleMatrix(), data);
    }

    private static double accuracy(double[][] p, DataSet data) {
        double[][] y = data.getLabels().toDoubleMatrix();
        int hits = 0;
        for (int i = 0; i < p.length; i++) {
            hits += (p[i][1] > p[i][0]) == (y[i][1] > y[i][0]) ? 1 : 0;
        }
        return (double) hits / p.length;
    }
}
