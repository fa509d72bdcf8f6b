package org.merlab.models;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam with Keras' moments (beta1 0.9, beta2 0.999, epsilon 1e-7; DL4J's epsilon default is 1e-8), the optimiser of
 * the valence/arousal report's models. The rate given here is only the initial one: {@code org.merlab.train.Trainer}
 * sets the run's rate, its linear warm-up and its plateau reductions on the network.
 */
public final class KerasAdam {

    /** Keras' default rate. */
    public static final double DEFAULT_RATE = 1e-3;

    private KerasAdam() {
    }

    public static Adam of(double rate) {
        return Adam.builder().learningRate(rate).beta1(0.9).beta2(0.999).epsilon(1e-7).build();
    }

    /**
     * An empty layer list with Keras' defaults, which the valence/arousal report's networks and the sequence
     * classifiers built from them share: Glorot-uniform weights and this Adam at {@link #DEFAULT_RATE}.
     */
    static NeuralNetConfiguration.ListBuilder layers(long seed) {
        return new NeuralNetConfiguration.Builder().seed(seed).weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(of(DEFAULT_RATE)).list();
    }
}
