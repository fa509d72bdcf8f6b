package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.merlab.models.VaTransformer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class NetworkTest {

    /** Dense, batch norm, softmax as a graph: three classes shifted apart in 6 noisy features. */
    private static ComputationGraph graph(int outputs) {
        var conf = new NeuralNetConfiguration.Builder().seed(3).updater(new Adam(1e-2)).graphBuilder()
                .addInputs("in")
                .addLayer("dense", new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build(), "in")
                .addLayer("bn", new BatchNormalization.Builder().useLogStd(false).build(), "dense")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(outputs)
                        .activation(Activation.SOFTMAX).build(), "bn")
                .setOutputs("out").setInputTypes(InputType.feedForward(6)).build();
        var net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    @Test
    void graphsTrainThroughTheSameLoopWithMeasuredBatchNormStatistics() {
        var rng = new Random(1);
        int[] y = new int[300];
        double[][] x = TinyNets.noise(300, 6, rng);
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 6; j++) {
                x[i][j] += 2 * (y[i] - 1);
            }
        }
        var layout = new VectorLayout(false, 6, 3);
        var train = Examples.classes(java.util.Arrays.copyOf(x, 240), java.util.Arrays.copyOf(y, 240), layout);
        var val = Examples.classes(java.util.Arrays.copyOfRange(x, 240, 300),
                java.util.Arrays.copyOfRange(y, 240, 300), layout);
        var net = graph(3);
        var history = Trainer.fit(net, train, val, new TrainConfig(5, 16, 1e-2, ReduceLrOnPlateau.off(), 5), 2,
                s -> { }).history();
        assertTrue(history.best().valAccuracy() > 0.9, history.toTable().print());
        var dense = net.feedForward(train.batch(java.util.stream.IntStream.range(0, 240).toArray(), 0, 240)
                .getFeatures(), false).get("dense");
        assertArrayEquals(dense.mean(0).toDoubleVector(), net.getLayer("bn").getParam("mean").toDoubleVector(),
                1e-4);
        assertEquals(3, Trainer.predict(net, val)[0].length);
    }

    @Test
    void graphsWithSeveralOutputsAreRefused() {
        var conf = new NeuralNetConfiguration.Builder().graphBuilder().addInputs("in")
                .addLayer("a", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(2).nOut(1)
                        .activation(Activation.IDENTITY).build(), "in")
                .addLayer("b", new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(2).nOut(1)
                        .activation(Activation.IDENTITY).build(), "in")
                .setOutputs("a", "b").build();
        var net = new ComputationGraph(conf);
        net.init();
        var e = assertThrows(IllegalArgumentException.class, () -> Network.of(net));
        assertTrue(e.getMessage().contains("one input and one output"), e.getMessage());
    }

    @Test
    void aNewLearningRateReachesSameDiffLayersToo() {
        // DL4J's own setLearningRate changes only BaseLayer updaters: attention and layer-norm blocks kept theirs
        MultiLayerNetwork net = VaTransformer.buildRegressor(8, 1, VaTransformer.Options.DEFAULT, 1);
        Network.of(net).setLearningRate(1e-30);
        for (int i = 0; i < net.getnLayers(); i++) {
            var conf = net.getLayer(i).conf().getLayer();
            for (String param : net.getLayer(i).paramTable().keySet()) {
                assertEquals(1e-30, conf.getUpdaterByParam(param).getLearningRate(0, 0), 0.0,
                        "layer " + i + " (" + conf.getClass().getSimpleName() + ") " + param);
            }
        }
        INDArray before = net.params().dup();
        float[][][] x = new float[4][6][8];
        float[][][] y = new float[4][6][1];
        Random random = new Random(3);
        for (float[][] piece : x) {
            for (float[] step : piece) {
                for (int j = 0; j < step.length; j++) {
                    step[j] = (float) random.nextGaussian();
                }
            }
        }
        for (float[][] piece : y) {
            for (float[] step : piece) {
                step[0] = (float) random.nextGaussian();
            }
        }
        net.fit(Examples.sequences(x, y).batch(new int[] {0, 1, 2, 3}, 0, 4));
        assertEquals(before, net.params(), "a rate of 1e-30 moves no float32 weight of any layer");
    }
}
