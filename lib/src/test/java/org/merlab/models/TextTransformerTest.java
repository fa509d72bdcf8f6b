package org.merlab.models;

import java.nio.file.Path;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTransformerTest {

    private static final TextTransformer SMALL = TextTransformer.defaults(50, 6, 10).withShape(8, 2, 16, 1);

    @TempDir
    Path dir;

    @Test
    void parameterCountsByHand() {
        // embedding 50*8 = 400; positions 8*10 = 80; block 4*64 + 2*8*16 + 16 + 5*8 = 568; head 8*6 + 6 = 54
        assertEquals(1102, SMALL.parameterCount());
        assertEquals(1102, SMALL.build(1).numParams());
        TextTransformer two = SMALL.withShape(8, 2, 16, 2);
        assertEquals(1670, two.parameterCount());
        assertEquals(1670, two.build(1).numParams());
    }

    @Test
    void paddingContentAndLengthDoNotChangeTheOutput() {
        for (int blocks = 1; blocks <= 2; blocks++) {
            MultiLayerNetwork net = SMALL.withShape(8, 2, 16, blocks).build(3);
            TextNets.randomise(net, blocks);
            int[] text = {5, 9, 17};
            double[] alone = TextNets.predict(net, new int[][] {text})[0];
            double[] padded = TextNets.predict(net, new int[][] {text, {4, 4, 4, 4, 4, 4, 4}})[0];
            float[][] ids = {{5, 9, 17, 33, 2, 48, 11}};
            float[][] mask = {{1, 1, 1, 0, 0, 0, 0}};
            double[] garbage = TextNets.predict(net, ids, mask)[0];
            assertArrayEquals(alone, padded, 1e-6, blocks + " block(s), zero padding");
            assertArrayEquals(alone, garbage, 1e-6, blocks + " block(s), garbage padding");
        }
    }

    @Test
    void positionsMatter() {
        MultiLayerNetwork net = SMALL.build(3);
        double[] forward = TextNets.predict(net, new int[][] {{5, 9, 17}})[0];
        double[] reversed = TextNets.predict(net, new int[][] {{17, 9, 5}})[0];
        assertNotEquals(forward[0], reversed[0], 1e-9);
    }

    @Test
    void eachBlockOutputIsLayerNormalisedOverChannels() {
        MultiLayerNetwork net = SMALL.build(4);
        var acts = net.feedForward(Nd4j.createFromArray(new float[][] {{5, 9, 17, 3}}), false);
        INDArray block = acts.get(3);                                      // [1][8][4]: after the encoder block
        for (int t = 0; t < 4; t++) {
            INDArray column = block.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                    org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(t));
            assertEquals(0, column.meanNumber().doubleValue(), 1e-5);
            assertEquals(1, column.varNumber().doubleValue() * 7 / 8, 1e-3, "population variance");
        }
    }

    @Test
    void deterministicForASeed() {
        assertEquals(SMALL.build(7).params(), SMALL.build(7).params());
        assertNotEquals(SMALL.build(7).params(), SMALL.build(8).params());
    }

    @Test
    void learnsATaskThatNeedsEveryPosition() {
        var data = TextNets.containsTask(128, 20, 9, 1);
        MultiLayerNetwork net = new TextTransformer(20, 2, 9, 16, 2, 32, 1, 0, 1e-2, null).build(1);
        Nd4j.getRandom().setSeed(1);
        for (int i = 0; i < 150; i++) {
            net.fit(data);
        }
        assertTrue(TextNets.accuracy(net, data) > 0.95, "accuracy " + TextNets.accuracy(net, data));
    }

    @Test
    void savedAndRestoredNetworkGivesTheSameOutputs() throws Exception {
        MultiLayerNetwork net = SMALL.build(2);
        var back = TextNets.restored(net, dir);
        int[][] batch = {{5, 6, 7}, {8}};
        assertArrayEquals(TextNets.predict(net, batch)[1], TextNets.predict(back, batch)[1], 1e-7);
    }

    @Test
    void badSettingsFailNamingTheValue() {
        assertEquals("heads (3) must divide the model width (8)",
                assertThrows(IllegalArgumentException.class, () -> SMALL.withShape(8, 3, 16, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SMALL.withShape(8, 2, 16, 0));
        assertThrows(IllegalArgumentException.class, () -> new TextTransformer(50, 6, 0, 8, 2, 16, 1, 0, 1e-3, null));
        assertThrows(IllegalArgumentException.class, () -> new TextTransformer(50, 1, 10, 8, 2, 16, 1, 0, 1e-3, null));
    }
}
