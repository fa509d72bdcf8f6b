package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class MultitaskOutputTest {

    private static final double[] NOISE = {0.1, 1.0, 3.0};

    /** x ~ N(0, I_4); task k = x . a_k + N(0, NOISE_k^2). */
    private static DataSet planted(int n, long seed) {
        var rng = new Random(seed);
        double[][] x = new double[n][4];
        double[][] y = new double[n][NOISE.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = rng.nextGaussian();
            }
            for (int k = 0; k < NOISE.length; k++) {
                y[i][k] = x[i][k] - 0.5 * x[i][3] + NOISE[k] * rng.nextGaussian();
            }
        }
        return new DataSet(Nd4j.create(x).castTo(DataType.FLOAT), Nd4j.create(y).castTo(DataType.FLOAT));
    }

    private static MultiLayerNetwork network() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).updater(new Adam(0.01))
                .dataType(DataType.FLOAT).list().layer(new MultitaskOutput(4, NOISE.length)).build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    @Test
    void scoreIsTheWeightedSumOfPerTaskErrorsAndStartsWithUnitWeights() {
        var net = network();
        var data = planted(64, 3);
        double[][] out = net.output(data.getFeatures()).toDoubleMatrix();
        double[][] y = data.getLabels().toDoubleMatrix();
        double expected = 0;
        for (int k = 0; k < NOISE.length; k++) {
            double mse = 0;
            for (int i = 0; i < out.length; i++) {
                mse += Math.pow(out[i][k] - y[i][k], 2) / out.length;
            }
            expected += mse;
        }
        assertEquals(expected, net.score(data), 1e-3 * expected);
        assertEquals(0.0, net.getLayer(0).getParam(MultitaskOutput.LOG_VARIANCE).sumNumber().doubleValue());
    }

    @Test
    void logVariancesMoveToTheLogOfEachTasksErrorOnPlantedNoise() {
        var net = network();
        var rng = new Random(9);
        for (int step = 0; step < 1500; step++) {
            net.fit(planted(64, rng.nextLong()));
        }
        double[] s = MultitaskOutput.logVariances(net.getLayer(0));
        for (int k = 0; k < NOISE.length; k++) {
            // The optimum of exp(-s) L + s is s = ln L, and L tends to the noise variance.
            assertEquals(Math.log(NOISE[k] * NOISE[k]), s[k], 0.35, "task " + k + " s = " + s[k]);
        }
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MultitaskOutput(4, 0));
    }

    @Test
    void survivesTheConfigurationsJsonRoundTrip() {
        var conf = network().getLayerWiseConfigurations();
        var back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(NOISE.length, ((MultitaskOutput) back.getConf(0).getLayer()).tasks());
    }
}
