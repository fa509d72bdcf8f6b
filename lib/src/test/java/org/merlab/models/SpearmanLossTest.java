package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;
import org.merlab.eval.Correlation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SpearmanLossTest {

    private static INDArray matrix(double[][] a) {
        return Nd4j.create(a).castTo(DataType.DOUBLE);
    }

    private static double[][] random(Random rng, int n, int k) {
        double[][] a = new double[n][k];
        for (double[] row : a) {
            for (int j = 0; j < k; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return a;
    }

    @Test
    void gradientMatchesFiniteDifferencesOfTheSummedScore() {
        var rng = new Random(5);
        double[][] pre = random(rng, 9, 2);
        INDArray labels = matrix(random(rng, 9, 2));
        var loss = new SpearmanLoss(0.8, 0.5);
        for (var activation : new org.nd4j.linalg.activations.IActivation[] {new ActivationIdentity(),
                new ActivationTanH()}) {
            double[][] analytic = loss.computeGradient(labels, matrix(pre), activation, null).toDoubleMatrix();
            double h = 1e-6;
            for (int i = 0; i < pre.length; i++) {
                for (int j = 0; j < 2; j++) {
                    double[][] up = copy(pre);
                    double[][] down = copy(pre);
                    up[i][j] += h;
                    down[i][j] -= h;
                    double numeric = (loss.computeScore(labels, matrix(up), activation, null, false)
                            - loss.computeScore(labels, matrix(down), activation, null, false)) / (2 * h);
                    assertEquals(numeric, analytic[i][j], 1e-5, activation + " row " + i + " column " + j);
                }
            }
        }
    }

    @Test
    void rankTermTracksTheTrueSpearmanCorrelation() {
        var rng = new Random(8);
        double[][] y = random(rng, 40, 1);
        double[][] o = new double[40][1];
        for (int i = 0; i < 40; i++) {
            o[i][0] = y[i][0] + 1.5 * rng.nextGaussian();
        }
        double[] oc = new double[40];
        double[] yc = new double[40];
        for (int i = 0; i < 40; i++) {
            oc[i] = o[i][0];
            yc[i] = y[i][0];
        }
        double spearman = Correlation.spearman(oc, yc);
        var mse = new SpearmanLoss(0, 1e-8).computeScore(matrix(y), matrix(o), new ActivationIdentity(), null, true);
        var both = new SpearmanLoss(1, 1e-8).computeScore(matrix(y), matrix(o), new ActivationIdentity(), null, true);
        assertEquals(1 - spearman, both - mse, 1e-9);
        // A larger strength blurs the ranks: the term moves away from the hard value but keeps its sign.
        var blurred = new SpearmanLoss(1, 1.0).computeScore(matrix(y), matrix(o), new ActivationIdentity(), null, true);
        assertEquals(1 - spearman, blurred - mse, 0.1);
    }

    @Test
    void scoreArrayMeanIsTheScore() {
        var rng = new Random(2);
        INDArray y = matrix(random(rng, 6, 3));
        INDArray o = matrix(random(rng, 6, 3));
        var loss = new SpearmanLoss(0.5, 0.3);
        double mean = loss.computeScoreArray(y, o, new ActivationIdentity(), null).meanNumber().doubleValue();
        assertEquals(loss.computeScore(y, o, new ActivationIdentity(), null, true), mean, 1e-9);
    }

    @Test
    void allEqualPredictionsScoreTheFullRankTermAndOnlyTheMseGradient() {
        INDArray y = matrix(new double[][] {{1}, {2}, {4}});
        INDArray o = matrix(new double[][] {{0.5}, {0.5}, {0.5}});
        double mse = (0.25 + 2.25 + 12.25) / 3;
        var loss = new SpearmanLoss(2, 0.1);
        assertEquals(mse + 2, loss.computeScore(y, o, new ActivationIdentity(), null, true), 1e-12);
        double[][] g = loss.computeGradient(y, o, new ActivationIdentity(), null).toDoubleMatrix();
        assertEquals(2 * (0.5 - 1), g[0][0], 1e-12);
        assertEquals(2 * (0.5 - 4), g[2][0], 1e-12);
    }

    @Test
    void badInputIsRefusedWithTheValue() {
        var loss = new SpearmanLoss(1, 1);
        var id = new ActivationIdentity();
        var one = assertThrows(IllegalArgumentException.class,
                () -> loss.computeScore(matrix(new double[][] {{1}}), matrix(new double[][] {{2}}), id, null, true));
        assertEquals("SpearmanLoss needs at least 2 examples in a minibatch, got 1", one.getMessage());
        var nan = assertThrows(IllegalArgumentException.class, () -> loss.computeScore(
                matrix(new double[][] {{1}, {Double.NaN}}), matrix(new double[][] {{2}, {3}}), id, null, true));
        assertEquals("target 0 of row 1 is NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SpearmanLoss(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SpearmanLoss(-1, 1));
    }

    @Test
    void survivesTheNetworkConfigurationsJsonRoundTrip() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
                .layer(new OutputLayer.Builder().nIn(3).nOut(1).activation(Activation.IDENTITY)
                        .lossFunction(new SpearmanLoss(0.5, 0.2)).build())
                .build();
        var back = MultiLayerConfiguration.fromJson(conf.toJson());
        assertEquals(new SpearmanLoss(0.5, 0.2), ((OutputLayer) back.getConf(0).getLayer()).getLossFn());
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
