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

class TransformerEncoderBlockTest {

    @Test
    void parametersByHand() {
        // w = 8, f = 16: q, k, v, o 4 * 64; norms 4 * 8; W1 8 * 16 + 16; W2 16 * 8 + 8.
        assertEquals(256 + 32 + 144 + 136, TransformerEncoderBlock.parameterCount(8, 16));
        var net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new TransformerEncoderBlock(8, 2, 16, TransformerEncoderBlock.Activation.GELU)).setInputType(InputType.recurrent(8, RNNFormat.NCW)).build());
        net.init();
        assertEquals(TransformerEncoderBlock.parameterCount(8, 16), net.numParams());
    }

    @Test
    void everyOutputStepIsLayerNormalised() {
        var net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new TransformerEncoderBlock(8, 2, 16, TransformerEncoderBlock.Activation.GELU)).setInputType(InputType.recurrent(8, RNNFormat.NCW)).build());
        net.init();
        INDArray out = net.output(SequenceNets.input(3, 2, 8, 5).mul(4));
        assertArrayEquals(new long[] {2, 8, 5}, out.shape());
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 5; t++) {
                double mean = 0;
                double sq = 0;
                for (int c = 0; c < 8; c++) {
                    mean += out.getDouble(b, c, t) / 8;
                    sq += out.getDouble(b, c, t) * out.getDouble(b, c, t) / 8;
                }
                assertEquals(0, mean, 1e-4);
                assertEquals(1, sq - mean * mean, 1e-2);
            }
        }
    }

    @Test
    void headsMustDivideTheWidth() {
        assertThrows(IllegalArgumentException.class, () -> new TransformerEncoderBlock(10, 3, 16, TransformerEncoderBlock.Activation.RELU));
    }
}
