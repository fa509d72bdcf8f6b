package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class SequenceExamplesTest {

    @Test
    void raggedBatchesArePaddedAndMasked() {
        float[][][] x = {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}, {9, 10}}};
        float[][][] y = {{{0.1f}, {0.2f}}, {{0.3f}, {0.4f}, {0.5f}}};
        var batch = Examples.sequences(x, y).batch(new int[] {0, 1}, 0, 2);
        assertArrayEquals(new long[] {2, 2, 3}, batch.getFeatures().shape());
        assertArrayEquals(new double[] {1, 3, 0}, batch.getFeatures().slice(0).getRow(0).toDoubleVector());
        assertArrayEquals(new double[] {6, 8, 10}, batch.getFeatures().slice(1).getRow(1).toDoubleVector());
        assertArrayEquals(new long[] {2, 1, 3}, batch.getLabels().shape());
        assertArrayEquals(new double[][] {{1, 1, 0}, {1, 1, 1}}, batch.getFeaturesMaskArray().toDoubleMatrix());
        assertArrayEquals(new double[][] {{1, 1, 0}, {1, 1, 1}}, batch.getLabelsMaskArray().toDoubleMatrix());
        var even = Examples.sequences(x, y).batch(new int[] {1}, 0, 1);
        assertNull(even.getFeaturesMaskArray());
    }

    @Test
    void mismatchedStepsAreNamed() {
        float[][][] x = {{{1}, {2}}};
        var e = assertThrows(IllegalArgumentException.class,
                () -> Examples.sequences(x, new float[][][] {{{1}}}));
        assertEquals("sequences: example 0 has 2 feature steps but 1 target steps", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Examples.sequences(new float[][][] {{{1}, {2, 3}}}, null));
        assertTrue(e.getMessage().contains("example 0 step 1 has 2 values"), e.getMessage());
    }

    /**
     * Masked per-step regression through the trainer: an LSTM learns y_t = x_t - x_(t-1) on sequences of 4 to 12
     * steps, and an example's prediction does not depend on the padding a longer batch-mate adds.
     */
    @Test
    void trainerLearnsPerStepTargetsIgnoringPadding() {
        var rng = new Random(5);
        var train = differences(160, rng);
        var val = differences(40, rng);
        var conf = new NeuralNetConfiguration.Builder().seed(2).updater(new Adam(1e-2)).list()
                .layer(new LSTM.Builder().nOut(16).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1)
                        .activation(Activation.IDENTITY).build())
                .setInputType(InputType.recurrent(1, RNNFormat.NCW)).build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        var history = Trainer.fit(net, Examples.sequences(train[0], train[1]), Examples.sequences(val[0], val[1]),
                new TrainConfig(25, 16, 1e-2, ReduceLrOnPlateau.off(), 25), 3, s -> { }).history();
        assertEquals(Metric.MAE, history.best().metric());
        assertTrue(history.best().valMetric() < 0.5 * history.epochs().getFirst().valMetric(),
                history.toTable().print());
        float[][][] together = Trainer.predictSequences(net, Examples.sequences(val[0], null));
        for (int i = 0; i < 3; i++) {
            float[][][] alone = Trainer.predictSequences(net, Examples.sequences(new float[][][] {val[0][i]}, null));
            assertEquals(val[0][i].length, together[i].length);
            for (int t = 0; t < alone[0].length; t++) {
                assertEquals(alone[0][t][0], together[i][t][0], 1e-5, "example " + i + " step " + t);
            }
        }
    }

    /** {x, y}: x uniform in [-1, 1], y_t = x_t - x_(t-1) (y_0 = x_0), 4 to 12 steps. */
    private static float[][][][] differences(int n, Random rng) {
        float[][][] x = new float[n][][];
        float[][][] y = new float[n][][];
        for (int i = 0; i < n; i++) {
            int steps = 4 + rng.nextInt(9);
            x[i] = new float[steps][1];
            y[i] = new float[steps][1];
            for (int t = 0; t < steps; t++) {
                x[i][t][0] = (float) (2 * rng.nextDouble() - 1);
                y[i][t][0] = x[i][t][0] - (t > 0 ? x[i][t - 1][0] : 0);
            }
        }
        return new float[][][][] {x, y};
    }
}
