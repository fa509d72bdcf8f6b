package org.merlab.models;

import java.nio.file.Path;

import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLstmTest {

    private static final TextLstm SMALL = TextLstm.defaults(50, 6).withShape(8, 4, 1);

    @TempDir
    Path dir;

    @Test
    void parameterCountsByHand() {
        // embedding 50*8 = 400; BiLSTM 2 * (4*4*(8+4) + 4*4) = 416; head 8*6 + 6 = 54
        assertEquals(870, SMALL.parameterCount());
        assertEquals(870, SMALL.build(1).numParams());
        // a second BiLSTM layer reads 8 channels: 2 * (4*4*(8+4) + 16) = 416 more
        TextLstm two = SMALL.withShape(8, 4, 2);
        assertEquals(1286, two.parameterCount());
        assertEquals(1286, two.build(1).numParams());
        // one direction: 400 + (4*4*12 + 16) + (4*6 + 6) = 638
        TextLstm forward = new TextLstm(50, 6, 8, 4, 1, false, PoolingType.AVG, 0, 1e-3, null);
        assertEquals(638, forward.parameterCount());
        assertEquals(638, forward.build(1).numParams());
    }

    @Test
    void paddingContentAndLengthDoNotChangeTheOutput() {
        for (PoolingType pooling : new PoolingType[] {PoolingType.MAX, PoolingType.AVG}) {
            for (int layers = 1; layers <= 2; layers++) {
                ComputationGraph net = SMALL.withShape(8, 4, layers).withPooling(pooling).build(3);
                TextNets.randomise(net, layers);
                int[] text = {5, 9, 17};
                double[] alone = TextNets.predict(net, new int[][] {text})[0];
                // padded to 7 beside a longer text, padding holding 0 ...
                double[] padded = TextNets.predict(net, new int[][] {text, {4, 4, 4, 4, 4, 4, 4}})[0];
                // ... and holding arbitrary ids under the same mask
                float[][] ids = {{5, 9, 17, 33, 2, 48, 11}};
                float[][] mask = {{1, 1, 1, 0, 0, 0, 0}};
                double[] garbage = TextNets.predict(net, ids, mask)[0];
                assertArrayEquals(alone, padded, 1e-6, pooling + ", " + layers + " layer(s), zero padding");
                assertArrayEquals(alone, garbage, 1e-6, pooling + ", " + layers + " layer(s), garbage padding");
            }
        }
    }

    @Test
    void theMaskMattersWhereThereAreTokens() {
        ComputationGraph net = SMALL.build(3);
        float[][] ids = {{5, 9, 17, 33}};
        double[] three = TextNets.predict(net, ids, new float[][] {{1, 1, 1, 0}})[0];
        double[] four = TextNets.predict(net, ids, new float[][] {{1, 1, 1, 1}})[0];
        assertNotEquals(three[0], four[0], 1e-9);
    }

    @Test
    void deterministicForASeed() {
        assertEquals(SMALL.build(7).params(), SMALL.build(7).params());
        assertNotEquals(SMALL.build(7).params(), SMALL.build(8).params());
    }

    @Test
    void learnsATaskThatNeedsEveryPosition() {
        var data = TextNets.containsTask(128, 20, 9, 1);
        ComputationGraph net = new TextLstm(20, 2, 8, 8, 1, true, PoolingType.MAX, 0, 1e-2, null).build(1);
        Nd4j.getRandom().setSeed(1);
        for (int i = 0; i < 150; i++) {
            net.fit(data);
        }
        assertTrue(TextNets.accuracy(net, data) > 0.95, "accuracy " + TextNets.accuracy(net, data));
    }

    @Test
    void savedAndRestoredNetworkGivesTheSameOutputs() throws Exception {
        ComputationGraph net = SMALL.withBalancedClassWeights(new int[] {0, 1, 2, 3, 4, 5, 5}).build(2);
        var back = TextNets.restored(net, dir);
        int[][] batch = {{5, 6, 7}, {8}};
        assertArrayEquals(TextNets.predict(net, batch)[1], TextNets.predict(back, batch)[1], 1e-7);
    }

    @Test
    void badSettingsFailNamingTheValue() {
        assertEquals("layers must be 1 or 2, got 3",
                assertThrows(IllegalArgumentException.class, () -> SMALL.withShape(8, 4, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SMALL.withPooling(PoolingType.SUM));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withDropout(1));
        assertThrows(IllegalArgumentException.class, () -> TextLstm.defaults(2, 6));
        assertThrows(IllegalArgumentException.class, () -> SMALL.withBalancedClassWeights(new int[] {0, 1}));
    }
}
