package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.merlab.models.CnnLstm;

class VectorExamplesTest {

    @Test
    void paperRowsBecomeOneChannelSequences() {
        var layout = VectorLayout.of(CnnLstm.builder().nClasses(9).build());
        double[][] x = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26, 27}};
        var batch = Examples.classes(x, null, layout).batch(new int[] {0}, 0, 1);
        assertArrayEquals(new long[] {1, 1, 28}, batch.getFeatures().shape());
        assertEquals(27.0, batch.getFeatures().getDouble(0, 0, 27));
        assertNull(batch.getLabels());
        assertEquals(new VectorLayout(true, 1, 9), layout);
    }

    @Test
    void stepMajorRowsBecomeNcwWithSeveralChannels() {
        var conf = new NeuralNetConfiguration.Builder().list()
                .layer(new LSTM.Builder().nOut(3).build())
                .layer(new RnnOutputLayer.Builder().nOut(2).build())
                .setInputType(InputType.recurrent(2, 3, RNNFormat.NCW)).build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        // Three steps of two channels: (a0, b0), (a1, b1), (a2, b2).
        double[][] x = {{10, 20, 11, 21, 12, 22}};
        var batch = Examples.classes(x, null, VectorLayout.of(net)).batch(new int[] {0}, 0, 1).getFeatures();
        assertArrayEquals(new long[] {1, 2, 3}, batch.shape());
        assertArrayEquals(new double[] {10, 11, 12}, batch.slice(0).getRow(0).toDoubleVector());
        assertArrayEquals(new double[] {20, 21, 22}, batch.slice(0).getRow(1).toDoubleVector());
    }

    @Test
    void rowsAndLabelsArePickedInOrder() {
        var examples = Examples.classes(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {1, 0, 2},
                VectorLayout.of(TinyNets.mlp(2, 3, 1)));
        int[] rows = {2, 0, 1};
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, examples.batch(rows, 1, 3).getFeatures().toDoubleMatrix());
        assertArrayEquals(new double[][] {{0, 0, 1}, {0, 1, 0}},
                examples.batch(rows, 0, 2).getLabels().toDoubleMatrix());
        assertEquals(Metric.ACCURACY, examples.metric());
    }

    @Test
    void raggedEmptyOrMislabelledInputIsNamed() {
        var layout = VectorLayout.of(TinyNets.mlp(2, 3, 1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Examples.classes(new double[][] {{1, 2}, {3}}, null, layout));
        assertEquals("row 1 has length 1, row 0 has 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Examples.classes(new double[0][], null, layout));
        assertTrue(e.getMessage().contains("no rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Examples.classes(new double[][] {{1, 2}}, new int[] {3}, layout));
        assertEquals("label 3 at row 0 is outside 0..2", e.getMessage());
    }
}
