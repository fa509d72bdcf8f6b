package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class FrameEmbeddingTest {

    private static MultiLayerNetwork alone(int nIn, int width) {
        var net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new FrameEmbedding(nIn, width))
                .setInputType(InputType.recurrent(nIn, RNNFormat.NCW)).build());
        net.init();
        return net;
    }

    @Test
    void withZeroWeightsTheOutputIsTheSinusoidalPositionCode() {
        var net = alone(3, 8);
        net.params().assign(0);
        INDArray out = net.output(SequenceNets.input(1, 2, 3, 5));
        assertArrayEquals(new long[] {2, 8, 5}, out.shape());
        for (int t = 0; t < 5; t++) {
            for (int i = 0; i < 4; i++) {
                double angle = t * Math.pow(10000, -2.0 * i / 8);
                assertEquals(Math.sin(angle), out.getDouble(1, i, t), 1e-5, "sin " + i + " at " + t);
                assertEquals(Math.cos(angle), out.getDouble(1, 4 + i, t), 1e-5, "cos " + i + " at " + t);
            }
        }
    }

    @Test
    void projectsEachStepLinearly() {
        var net = alone(3, 4);
        assertEquals(3 * 4 + 4, net.numParams());
        INDArray x = SequenceNets.input(2, 1, 3, 4);
        INDArray y = net.output(x);
        INDArray doubled = net.output(x.mul(2));
        INDArray zero = net.output(x.mul(0));
        // Affine in the input: f(2x) - f(0) = 2 (f(x) - f(0)).
        assertEquals(doubled.sub(zero), y.sub(zero).mul(2));
    }

    @Test
    void theWidthMustBeEven() {
        assertThrows(IllegalArgumentException.class, () -> new FrameEmbedding(3, 5));
    }
}
