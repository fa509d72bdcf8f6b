package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainConfigTest {

    @Test
    void defaultsUseThePapersOptimiserSettings() {
        var cfg = TrainConfig.defaults();
        assertEquals(1e-3, cfg.learningRate());
        assertEquals(ReduceLrOnPlateau.defaults(), cfg.plateau());
    }

    @Test
    void withersChangeOneSetting() {
        var cfg = TrainConfig.defaults().withEpochs(7).withBatchSize(64).withEarlyStoppingPatience(2)
                .withPlateau(ReduceLrOnPlateau.off());
        assertEquals(new TrainConfig(7, 64, 1e-3, ReduceLrOnPlateau.off(), 2), cfg);
    }

    @Test
    void badValuesAreNamed() {
        var p = ReduceLrOnPlateau.off();
        assertEquals("epochs must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new TrainConfig(0, 32, 1e-3, p, 5)).getMessage());
        assertEquals("batchSize must be at least 2, got 1", assertThrows(IllegalArgumentException.class,
                () -> new TrainConfig(1, 1, 1e-3, p, 5)).getMessage());
        assertEquals("learningRate must be positive and finite, got NaN", assertThrows(IllegalArgumentException.class,
                () -> new TrainConfig(1, 32, Double.NaN, p, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrainConfig(1, 32, 1e-3, null, 5));
        assertEquals("earlyStoppingPatience must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> new TrainConfig(1, 32, 1e-3, p, 0)).getMessage());
    }
}
