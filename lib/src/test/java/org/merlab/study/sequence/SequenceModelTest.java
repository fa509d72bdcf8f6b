package org.merlab.study.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class SequenceModelTest {

    @ParameterizedTest
    @EnumSource(SequenceModel.class)
    void mapsBandsBySteps(SequenceModel model) {
        var net = model.build(6, 8, 3, 1);
        var p = net.output(Nd4j.randn(2, new long[] {4, 6, 8}).castTo(DataType.FLOAT));
        assertArrayEquals(new long[] {4, 3}, p.shape());
        assertEquals(4.0, p.sumNumber().doubleValue(), 1e-5);
    }

    @Test
    void onlyTheTransformerWarmsUp() {
        SequenceSettings s = SequenceSettings.DEFAULT;
        assertEquals(3 * (2560 / 32), SequenceModel.TRANSFORMER.config(s, 2560).warmUpUpdates());
        assertEquals(0, SequenceModel.LSTM.config(s, 2560).warmUpUpdates());
        assertEquals(5e-4, SequenceModel.TRANSFORMER.config(s, 2560).learningRate());
        assertEquals(s.patience(), SequenceModel.CRNN.config(s, 10).earlyStoppingPatience());
    }

    @Test
    void describesItself() {
        assertEquals("logmel-transformer: Adam 5e-04, linear warm-up over 3 epochs, mean over steps",
                SequenceModel.TRANSFORMER.describe());
        assertEquals("logmel-crnn", SequenceModel.CRNN.label());
    }
}
