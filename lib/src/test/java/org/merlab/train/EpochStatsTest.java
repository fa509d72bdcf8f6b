package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EpochStatsTest {

    @Test
    void lineShowsKerasStyleProgress() {
        var stats = new EpochStats(3, 50, 0.91214, 0.64, 0.99799, 0.6, 1e-3, 11.0, 1.25);
        assertEquals("epoch 3/50 loss 0.9121 acc 0.6400 val_loss 0.9980 val_acc 0.6000 lr 1.0e-03 12.3 s",
                stats.line());
    }
}
