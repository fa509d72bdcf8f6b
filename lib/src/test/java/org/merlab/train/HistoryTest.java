package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final List<EpochStats> EPOCHS = List.of(
            new EpochStats(1, 3, Metric.ACCURACY, 1.0, 0.4, 1.1, 0.3, 1e-3, 2.0, 0.5),
            new EpochStats(2, 3, Metric.ACCURACY, 0.8, 0.5, 0.9, 0.4, 1e-3, 2.0, 0.5),
            new EpochStats(3, 3, Metric.ACCURACY, 0.6, 0.7, 1.0, 0.5, 5e-4, 2.0, 0.5));

    @Test
    void listsFollowTheEpochs() {
        var history = new History(EPOCHS, 2, false);
        assertEquals(List.of(1.0, 0.8, 0.6), history.trainLoss());
        assertEquals(List.of(0.4, 0.5, 0.7), history.trainAccuracy());
        assertEquals(List.of(1.1, 0.9, 1.0), history.valLoss());
        assertEquals(List.of(0.3, 0.4, 0.5), history.valAccuracy());
        assertEquals(List.of(1e-3, 1e-3, 5e-4), history.learningRate());
        assertEquals(EPOCHS.get(1), history.best());
    }

    @Test
    void tableHasKerasColumnNames() {
        var table = new History(EPOCHS, 2, false).toTable();
        assertEquals(List.of("epoch", "loss", "acc", "val_loss", "val_acc", "lr", "seconds"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals(0.9, table.doubleColumn("val_loss").get(1));
        assertEquals(2.5, table.doubleColumn("seconds").get(2));
    }

    @Test
    void seriesHaveKerasKeysAndTheRestoredEpoch() {
        var series = new History(EPOCHS, 2, false).series();
        assertEquals(List.of("loss", "acc", "val_loss", "val_acc", "lr", "best_epoch"), List.copyOf(series.keySet()));
        assertArrayEquals(new double[] {1.1, 0.9, 1.0}, series.get("val_loss"));
        assertArrayEquals(new double[] {2}, series.get("best_epoch"));
    }

    @Test
    void bestEpochMustBeOneOfTheEpochs() {
        var e = assertThrows(IllegalArgumentException.class, () -> new History(EPOCHS, 4, false));
        assertEquals("bestEpoch must be in 1..3, got 4", e.getMessage());
    }
}
