package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.junit.jupiter.api.Test;

class SequenceLayerTest {

    @Test
    void keepsTheLengthAndChangesTheChannelsToTheWidth() {
        SequenceLayer layer = new FrameEmbedding(12, 6);
        var out = (InputType.InputTypeRecurrent) layer.getOutputType(0, InputType.recurrent(12, 30, RNNFormat.NCW));
        assertEquals(6, out.getSize());
        assertEquals(30, out.getTimeSeriesLength());
        assertNull(layer.getPreProcessorForInputType(InputType.recurrent(12, RNNFormat.NCW)));
    }
}
