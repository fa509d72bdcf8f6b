package org.merlab.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Per-epoch record of a training run, Keras' {@code History.history} plus the restored epoch.
 *
 * @param epochs       one entry per epoch run, in order
 * @param bestEpoch    1-based epoch with the lowest validation loss, whose parameters the trained network holds
 * @param stoppedEarly whether early stopping ended the run before the planned number of epochs
 */
public record History(List<EpochStats> epochs, int bestEpoch, boolean stoppedEarly) {

    public History {
        epochs = List.copyOf(epochs);
        if (bestEpoch < 1 || bestEpoch > epochs.size()) {
            throw new IllegalArgumentException("bestEpoch must be in 1.." + epochs.size() + ", got " + bestEpoch);
        }
    }

    public List<Double> trainLoss() {
        return column(EpochStats::trainLoss);
    }

    public List<Double> trainAccuracy() {
        return column(EpochStats::trainMetric);
    }

    public List<Double> valLoss() {
        return column(EpochStats::valLoss);
    }

    public List<Double> valAccuracy() {
        return column(EpochStats::valMetric);
    }

    public List<Double> learningRate() {
        return column(EpochStats::learningRate);
    }

    /** The best epoch's statistics. */
    public EpochStats best() {
        return epochs.get(bestEpoch - 1);
    }

    /**
     * One row per epoch: epoch, loss, acc, val_loss, val_acc, lr, seconds (Keras' column names; {@code mae} in place
     * of {@code acc} for regression).
     */
    public Table toTable() {
        String metric = epochs.get(0).metric().key();
        return Table.create("history",
                IntColumn.create("epoch", epochs.stream().mapToInt(EpochStats::epoch).toArray()),
                doubles("loss", EpochStats::trainLoss),
                doubles(metric, EpochStats::trainMetric),
                doubles("val_loss", EpochStats::valLoss),
                doubles("val_" + metric, EpochStats::valMetric),
                doubles("lr", EpochStats::learningRate),
                doubles("seconds", e -> e.trainSeconds() + e.evalSeconds()));
    }

    /**
     * Keras' history keys ({@code loss, acc, val_loss, val_acc, lr}, one value per epoch) plus the restored epoch as
     * a one-element {@code best_epoch}: what a cross-validation learner stores beside its predictions.
     */
    public Map<String, double[]> series() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("loss", values(EpochStats::trainLoss));
        series.put("acc", values(EpochStats::trainMetric));
        series.put("val_loss", values(EpochStats::valLoss));
        series.put("val_acc", values(EpochStats::valMetric));
        series.put("lr", values(EpochStats::learningRate));
        series.put("best_epoch", new double[] {bestEpoch});
        return series;
    }

    private double[] values(ToDoubleFunction<EpochStats> field) {
        return epochs.stream().mapToDouble(field).toArray();
    }

    private List<Double> column(ToDoubleFunction<EpochStats> field) {
        return epochs.stream().map(e -> field.applyAsDouble(e)).toList();
    }

    private DoubleColumn doubles(String name, ToDoubleFunction<EpochStats> field) {
        return DoubleColumn.create(name, values(field));
    }
}
