package org.merlab.study.va;

import java.util.List;

import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Interval;
import org.merlab.eval.SequenceMetric;
import org.merlab.eval.SequenceScores;
import org.merlab.train.EpochStats;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tables of a valence/arousal run, each row scoring pooled out-of-fold predictions with 95% percentile
 * bootstrap intervals over pieces ({@link SequenceScores}).
 */
public final class VaTables {

    /** The metrics compared with the training mean: those a constant prediction has a value for. */
    public static final List<SequenceMetric> PAIRED = List.of(SequenceMetric.RMSE, SequenceMetric.MAE,
            SequenceMetric.CCC);

    private VaTables() {
    }

    /**
     * Model (and {@link VaRun#MEAN}) x dimension x metric on {@code grid}: value, low, high. The mean has no Pearson
     * r (NaN).
     */
    public static Table scores(VaRun run, VaGrid grid, BootstrapOptions bootstrap) {
        Table t = empty("scores-" + grid.label(), "metric", "value");
        for (String name : run.names()) {
            for (int d = 0; d < 2; d++) {
                var s = SequenceScores.of(grid.truth(run.pieces(), d),
                        grid.series(run.pieces(), run.predicted(name), d), bootstrap);
                for (SequenceMetric m : SequenceMetric.values()) {
                    // The floor is one constant per fold: pooled over folds it would get a correlation from the
                    // folds' different means alone, which says nothing; within a piece it has none anyway.
                    boolean none = name.equals(VaRun.MEAN) && m == SequenceMetric.PEARSON;
                    add(t, name, d, grid, m.label(), none ? Double.NaN : s.value(m), none ? null : s.interval(m));
                }
            }
        }
        return t;
    }

    /**
     * Each model minus the training mean on the same pieces ({@link #PAIRED} metrics, paired bootstrap): an
     * interval of the RMSE difference below zero says the model beats the floor.
     */
    public static Table versusMean(VaRun run, VaGrid grid, BootstrapOptions bootstrap) {
        Table t = empty("versus-mean-" + grid.label(), "metric", "difference");
        for (VaModel model : run.settings().models()) {
            for (int d = 0; d < 2; d++) {
                var truth = grid.truth(run.pieces(), d);
                var a = grid.series(run.pieces(), run.predicted(model.label()), d);
                var b = grid.series(run.pieces(), run.predicted(VaRun.MEAN), d);
                for (SequenceMetric m : PAIRED) {
                    var e = SequenceScores.difference(truth, a, b, m, bootstrap);
                    add(t, model.label(), d, grid, m.label(), e.value(), e.interval());
                }
            }
        }
        return t;
    }

    /**
     * Every test step of every piece: piece, game, fold, step, start and end (s), annotated valence and arousal with
     * their annotator spread, and each model's (and the mean's) prediction, so anyone can re-score them.
     */
    public static Table predictions(VaRun run) {
        Table t = Table.create("predictions", StringColumn.create("piece"), StringColumn.create("game"),
                IntColumn.create("fold"), IntColumn.create("step"), DoubleColumn.create("start_s"),
                DoubleColumn.create("end_s"), DoubleColumn.create("valence"), DoubleColumn.create("valence_sd"),
                DoubleColumn.create("arousal"), DoubleColumn.create("arousal_sd"));
        for (String name : run.names()) {
            t.addColumns(DoubleColumn.create(name + "_valence"), DoubleColumn.create(name + "_arousal"));
        }
        for (int i = 0; i < run.pieces().size(); i++) {
            var p = run.pieces().get(i);
            for (int k = 0; k < p.steps(); k++) {
                t.stringColumn("piece").append(p.id());
                t.stringColumn("game").append(p.group());
                t.intColumn("fold").append(run.foldOfPiece()[i]);
                t.intColumn("step").append(k);
                t.doubleColumn("start_s").append(p.boundaries()[k]);
                t.doubleColumn("end_s").append(p.boundaries()[k + 1]);
                t.doubleColumn("valence").append(p.valence()[k]);
                t.doubleColumn("valence_sd").append(p.valenceSd()[k]);
                t.doubleColumn("arousal").append(p.arousal()[k]);
                t.doubleColumn("arousal_sd").append(p.arousalSd()[k]);
                for (String name : run.names()) {
                    double[][] pr = run.predicted(name)[i];
                    t.doubleColumn(name + "_valence").append(pr[0][k]);
                    t.doubleColumn(name + "_arousal").append(pr[1][k]);
                }
            }
        }
        return t;
    }

    /** Every epoch of every training run: model, dimension, fold, epoch, losses, MAEs, rate, seconds, best epoch. */
    public static Table histories(VaRun run) {
        Table t = Table.create("histories", StringColumn.create("model"), StringColumn.create("dimension"),
                IntColumn.create("fold"), IntColumn.create("epoch"), DoubleColumn.create("loss"),
                DoubleColumn.create("mae"), DoubleColumn.create("val_loss"), DoubleColumn.create("val_mae"),
                DoubleColumn.create("lr"), DoubleColumn.create("train_s"), IntColumn.create("best_epoch"));
        for (VaHistory h : run.histories()) {
            for (EpochStats e : h.history().epochs()) {
                t.stringColumn("model").append(h.model().label());
                t.stringColumn("dimension").append(h.dimension());
                t.intColumn("fold").append(h.fold());
                t.intColumn("epoch").append(e.epoch());
                t.doubleColumn("loss").append(e.trainLoss());
                t.doubleColumn("mae").append(e.trainMetric());
                t.doubleColumn("val_loss").append(e.valLoss());
                t.doubleColumn("val_mae").append(e.valMetric());
                t.doubleColumn("lr").append(e.learningRate());
                t.doubleColumn("train_s").append(e.trainSeconds());
                t.intColumn("best_epoch").append(h.history().bestEpoch());
            }
        }
        return t;
    }

    private static Table empty(String name, String key, String value) {
        return Table.create(name, StringColumn.create("model"), StringColumn.create("dimension"),
                StringColumn.create("grid"), StringColumn.create(key), DoubleColumn.create(value),
                DoubleColumn.create("low"), DoubleColumn.create("high"));
    }

    private static void add(Table t, String model, int d, VaGrid grid, String metric, double value, Interval ci) {
        t.stringColumn("model").append(model);
        t.stringColumn("dimension").append(VaSettings.DIMENSIONS.get(d));
        t.stringColumn("grid").append(grid.label());
        t.stringColumn(3).append(metric);
        t.doubleColumn(4).append(value);
        t.doubleColumn("low").append(ci == null ? Double.NaN : ci.low());
        t.doubleColumn("high").append(ci == null ? Double.NaN : ci.high());
    }
}
