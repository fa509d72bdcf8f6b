package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.merlab.models.CnnLstm;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class BatchNormStatisticsTest {

    /**
     * Every batch norm of the paper's network (after convolutions, after the sequence LSTM, after the last LSTM and
     * in the head) ends up holding the mean and biased variance of what reaches it in inference mode.
     */
    @Test
    void everyLayerGetsThePopulationStatisticsOfItsInferenceInput() {
        var net = CnnLstm.builder().nClasses(3).seed(3).build();
        double[][] x = TinyNets.noise(300, 28, new Random(2));
        var examples = Examples.classes(x, null, VectorLayout.of(net));
        BatchNormStatistics.recompute(Network.of(net), examples, 64);
        INDArray all = examples.batch(java.util.stream.IntStream.range(0, 300).toArray(), 0, 300).getFeatures();
        int checked = 0;
        for (var layer : net.getLayers()) {
            if (!(layer.conf().getLayer() instanceof BatchNormalization)) {
                continue;
            }
            int i = layer.getIndex();
            INDArray in = net.feedForwardToLayer(i - 1, all, false).get(i);
            int[] dims = in.rank() == 3 ? new int[] {0, 2} : new int[] {0};
            assertArrayEquals(in.mean(dims).toDoubleVector(), layer.getParam("mean").toDoubleVector(), 1e-5,
                    "mean of layer " + i);
            double[] expected = in.var(false, dims).toDoubleVector();
            double[] actual = layer.getParam("var").toDoubleVector();
            for (int c = 0; c < expected.length; c++) {
                assertEquals(expected[c], actual[c], 1e-4 * Math.max(1e-3, expected[c]), "var of layer " + i);
            }
            checked++;
        }
        assertEquals(6, checked);
    }

    /**
     * Resuming each layer's pass from the inputs kept for the layer before gives exactly what passes from the network's
     * input give (no bytes kept), 300 rows in chunks of 64 through the paper's network.
     */
    @Test
    void resumedPassesGiveExactlyTheStatisticsOfPassesFromTheInput() {
        var resumed = CnnLstm.builder().nClasses(3).seed(5).build();
        var fromInput = CnnLstm.builder().nClasses(3).seed(5).build();
        double[][] x = TinyNets.noise(300, 28, new Random(6));
        BatchNormStatistics.recompute(Network.of(resumed), Examples.classes(x, null, VectorLayout.of(resumed)), 64);
        BatchNormStatistics.recompute(Network.of(fromInput), Examples.classes(x, null, VectorLayout.of(fromInput)), 64,
                0);
        for (var layer : resumed.getLayers()) {
            if (layer.conf().getLayer() instanceof BatchNormalization) {
                var other = fromInput.getLayer(layer.getIndex());
                for (String p : new String[] {"mean", "var"}) {
                    assertArrayEquals(other.getParam(p).toDoubleVector(), layer.getParam(p).toDoubleVector(), 0,
                            p + " of layer " + layer.getIndex());
                }
            }
        }
    }

    /** Padded steps of ragged sequences are not part of the statistics. */
    @Test
    void paddedStepsAreLeftOut() {
        var conf = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new LSTM.Builder().nOut(3).activation(Activation.TANH).build())
                .inputPreProcessor(1, new RnnToFeedForwardPreProcessor(RNNFormat.NCW))
                .layer(new BatchNormalization.Builder().nOut(3).useLogStd(false).build())
                .inputPreProcessor(2, new FeedForwardToRnnPreProcessor(RNNFormat.NCW))
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(2, RNNFormat.NCW)).build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        var rng = new Random(4);
        float[][][] x = new float[2][][];
        x[0] = steps(2, rng);
        x[1] = steps(5, rng);
        BatchNormStatistics.recompute(Network.of(net), Examples.sequences(x, null), 8);
        // The same statistics over each sequence on its own, where nothing is padded.
        double[] sum = new double[3];
        double[] sq = new double[3];
        int n = 0;
        for (float[][] one : x) {
            INDArray out = net.feedForwardToLayer(0, Examples.sequences(new float[][][] {one}, null)
                    .batch(new int[] {0}, 0, 1).getFeatures(), false).get(1);
            for (int t = 0; t < one.length; t++) {
                for (int c = 0; c < 3; c++) {
                    double v = out.getDouble(0, c, t);
                    sum[c] += v;
                    sq[c] += v * v;
                }
                n++;
            }
        }
        for (int c = 0; c < 3; c++) {
            double mean = sum[c] / n;
            assertEquals(mean, net.getLayer(1).getParam("mean").getDouble(c), 1e-6);
            assertEquals(sq[c] / n - mean * mean, net.getLayer(1).getParam("var").getDouble(c), 1e-6);
        }
    }

    private static float[][] steps(int t, Random rng) {
        float[][] s = new float[t][2];
        for (float[] step : s) {
            step[0] = (float) rng.nextGaussian();
            step[1] = (float) rng.nextGaussian();
        }
        return s;
    }
}
