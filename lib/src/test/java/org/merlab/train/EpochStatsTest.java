package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EpochStatsTest {

    @Test
    void lineShowsKerasStyleProgress() {
        var stats = new EpochStats(3, 50, Metric.ACCURACY, 0.91214, 0.64, 0.99799, 0.6, 1e-3, 11.0, 1.25);
        assertEquals("epoch 3/50 loss 0.9121 acc 0.6400 val_loss 0.9980 val_acc 0.6000 lr 1.0e-03 12.3 s",
                stats.line());
    }

    @Test
    void regressionShowsMeanAbsoluteError() {
        var stats = new EpochStats(1, 2, Metric.MAE, 0.5, 0.25, 0.75, 0.3, 1e-4, 1.0, 0.5);
        assertEquals("epoch 1/2 loss 0.5000 mae 0.2500 val_loss 0.7500 val_mae 0.3000 lr 1.0e-04 1.5 s", stats.line());
    }
}
