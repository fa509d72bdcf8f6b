package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VaModelTest {

    @Test
    void theReportsSettingsAndTheFromScratchOne() {
        var report = VaModel.TRANSFORMER_REPORT.config(10, 3, 100);
        assertEquals(1e-5, report.learningRate());
        assertEquals(8, report.batchSize());
        assertEquals(0, report.warmUpUpdates());
        var scratch = VaModel.TRANSFORMER_SCRATCH.config(10, 3, 100);
        assertEquals(5e-4, scratch.learningRate());
        assertEquals(3 * (100 / 8), scratch.warmUpUpdates());
        assertEquals(1e-3, VaModel.LSTM.config(10, 3, 100).learningRate());
    }

    @Test
    void buildsTheNetworksWithTheirOutputs() {
        assertEquals(82_497, VaModel.LSTM.build(128, 1).numParams());
        assertEquals(74_753, VaModel.TRANSFORMER_SCRATCH.build(128, 1).numParams());
        assertEquals(82_497 + 65, VaModel.LSTM_JOINT.build(128, 1).numParams());
    }
}
