package org.merlab.models;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.merlab.text.Padding;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Helpers of the text-model tests: padded batches in, probabilities out, a tiny learnable task. */
final class TextNets {

    private TextNets() {
    }

    /** Softmax outputs {@code [batch][k]} in inference mode for sequences padded to their longest. */
    static double[][] predict(MultiLayerNetwork net, int[][] sequences) {
        Padding.Batch b = Padding.pad(sequences);
        return predict(net, b.ids(), b.mask());
    }

    static double[][] predict(MultiLayerNetwork net, float[][] ids, float[][] mask) {
        INDArray out = net.output(Nd4j.createFromArray(ids), false, Nd4j.createFromArray(mask), null);
        return out.toDoubleMatrix();
    }

    static double[][] predict(ComputationGraph net, int[][] sequences) {
        Padding.Batch b = Padding.pad(sequences);
        return predict(net, b.ids(), b.mask());
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
        float[][] labels = new float[n][2];
        for (int i = 0; i < n; i++) {
            seqs[i] = rng.ints(2 + rng.nextInt(maxLength - 1), 3, vocab).toArray();
            boolean positive = i % 2 == 0;
            if (positive) {
                seqs[i][rng.nextInt(seqs[i].length)] = 2;
            }
            labels[i][positive ? 1 : 0] = 1;
        }
        Padding.Batch b = Padding.pad(seqs);
        return new DataSet(Nd4j.createFromArray(b.ids()), Nd4j.createFromArray(labels), Nd4j.createFromArray(b.mask()),
                null);
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
