package org.merlab.train;

import java.util.Random;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Small networks and data for fast training tests. */
final class TinyNets {

    private TinyNets() {
    }

    /** Dense 16 ReLU, dropout 0.3, softmax: small enough to train in milliseconds, with dropout to exercise seeds. */
    static MultiLayerNetwork mlp(int nIn, int nClasses, long seed) {
        return mlp(nIn, nClasses, seed, 0.3);
    }

    /** {@link #mlp(int, int, long)} with another dropout rate (0 = none). */
    static MultiLayerNetwork mlp(int nIn, int nClasses, long seed, double dropout) {
        var conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new RmsProp(1e-3))
                .list()
                .layer(new DenseLayer.Builder().nIn(nIn).nOut(16).activation(Activation.RELU).build())
                .layer(new DropoutLayer.Builder(1 - dropout).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(nClasses)
                        .activation(Activation.SOFTMAX).build())
                .build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Standard normal features {@code [n][width]}. */
    static double[][] noise(int n, int width, Random rng) {
        double[][] x = new double[n][width];
        for (double[] row : x) {
            for (int j = 0; j < width; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return x;
    }

    /** Uniform random labels: nothing to learn, so validation loss soon rises. */
    static int[] randomLabels(int n, int nClasses, Random rng) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(nClasses);
        }
        return y;
    }

    /** Noise features with uniform random labels, split into training and validation rows. */
    record Split(double[][] x, int[] y, double[][] xv, int[] yv) {
        static Split random(long seed, int nTrain, int nVal, int width, int nClasses) {
            var rng = new Random(seed);
            double[][] x = noise(nTrain, width, rng);
            int[] y = randomLabels(nTrain, nClasses, rng);
            double[][] xv = noise(nVal, width, rng);
            return new Split(x, y, xv, randomLabels(nVal, nClasses, rng));
        }
    }
}
