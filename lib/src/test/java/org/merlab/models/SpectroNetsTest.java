package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class SpectroNetsTest {

    private static final int FUSED_BINS = 64 + 12;

    @Test
    void lstmParameterCount() {
        var net = SpectroNets.lstm(FUSED_BINS, new Head.Classes(4), 1);
        // LSTM 4 (76 * 64 + 64 * 64 + 64) + Dense 64 * 32 + 32 + softmax 32 * 4 + 4
        assertEquals(4L * (76 * 64 + 64 * 64 + 64) + 64 * 32 + 32 + 32 * 4 + 4, net.numParams());
        var out = net.output(Nd4j.rand(DataType.FLOAT, 3, FUSED_BINS, 20));
        assertArrayEquals(new long[] {3, 4}, out.shape());
    }

    @Test
    void cnnParameterCount() {
        var net = SpectroNets.cnn(FUSED_BINS, 40, new Head.Regression(1, new SpearmanLoss(1, 0.5)), 1);
        // conv 9 * 1 * 16 + 16, 9 * 16 * 32 + 32, 9 * 32 * 32 + 32; dense 32 * 32 + 32; linear 32 + 1
        assertEquals(160 + 4640 + 9248 + 1056 + 33, net.numParams());
        var out = net.output(Nd4j.rand(DataType.FLOAT, 2, 1, FUSED_BINS, 40));
        assertArrayEquals(new long[] {2, 1}, out.shape());
    }

    @Test
    void multitaskHeadAddsOneLogVariancePerTask() {
        var net = SpectroNets.lstm(12, new Head.Multitask(3), 1);
        assertEquals(4L * (12 * 64 + 64 * 64 + 64) + 64 * 32 + 32 + 32 * 3 + 3 + 3, net.numParams());
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpectroNets.cnn(0, 10, new Head.Classes(2), 1));
        assertThrows(IllegalArgumentException.class, () -> new Head.Classes(1));
    }
}
