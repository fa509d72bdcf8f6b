package org.merlab.study.text;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextStudyOptionsTest {

    @Test
    void fullSmokeAndExplicitEpochs() {
        var full = TextStudyOptions.from(Params.from(Map.of()));
        assertEquals(TextStudyOptions.LSTM_EPOCHS, full.lstmEpochs());
        assertEquals(TextStudyOptions.TRANSFORMER_EPOCHS, full.transformerEpochs());
        assertEquals(64, full.batchSize());
        var smoke = TextStudyOptions.from(Params.from(Map.of("MERLAB_SMOKE", "1")));
        assertEquals(3, smoke.transformerEpochs());
        assertEquals(16, smoke.batchSize());
        var explicit = TextStudyOptions.from(Params.from(Map.of("MERLAB_EPOCHS", "7")));
        assertEquals(7, explicit.lstmEpochs());
        assertEquals(7, explicit.transformerEpochs());
        assertEquals("true", full.withClassWeights(true).table().stringColumn("value").get(8));
    }
}
