package org.merlab.study.va;

import java.util.List;

import org.merlab.data.Quadrant;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Interval;
import org.merlab.eval.QuadrantCheck;
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

    /** The metrics compared with a baseline: those a constant-per-piece prediction has a value for. */
    public static final List<SequenceMetric> PAIRED = List.of(SequenceMetric.RMSE, SequenceMetric.MAE,
            SequenceMetric.CCC);

    /** Where the quadrants of mean predictions are centred for the 4Q check. */
    public enum Centre {
        /** The annotation scale's midpoint, (0, 0) on VGMIDI's -1..1: the quadrants as the scale means them. */
        MIDPOINT("scale-midpoint"),
        /** The mean annotation over every piece's steps, so a model's offset towards VGMIDI's mood is removed. */
        TRAINING_MEAN("training-mean");

        private final String label;

        Centre(String label) {
            this.label = label;
        }

        /** The centre column of tables. */
        public String label() {
            return label;
        }

        /** The centre's valence and arousal for {@code run}. */
        public double[] of(VaRun run) {
            if (this == MIDPOINT) {
                return new double[] {0, 0};
            }
            int[] all = java.util.stream.IntStream.range(0, run.pieces().size()).toArray();
            return new double[] {VaCrossValidation.trainingMean(run.pieces(), all, 0),
                    VaCrossValidation.trainingMean(run.pieces(), all, 1)};
        }
    }

    private VaTables() {
    }

    /**
     * Model (and {@link VaRun#MEAN}, {@link VaRun#STATIC}) x dimension x metric on {@code grid}: value, low, high.
     * NaN where a row has no value ({@link #undefined}).
     */
    public static Table scores(VaRun run, VaGrid grid, BootstrapOptions bootstrap) {
        Table t = empty("scores-" + grid.label(), "metric", "value");
        for (String name : run.names()) {
            for (int d = 0; d < 2; d++) {
                var s = SequenceScores.of(grid.truth(run.pieces(), d),
                        grid.series(run.pieces(), run.predicted(name), d), bootstrap);
                for (SequenceMetric m : SequenceMetric.values()) {
                    boolean none = undefined(name, m);
                    add(t, name, d, grid, m.label(), none ? Double.NaN : s.value(m), none ? null : s.interval(m));
                }
            }
        }
        return t;
    }

    /**
     * Whether row {@code name} has no value of {@code metric}. A constant per piece ({@link VaRun#CONSTANT_PER_PIECE})
     * has no per-piece or within-piece correlation (a piece's CCC with a constant is 0 by construction, which says
     * nothing). The mean is also one constant per fold: pooled over folds it would get a Pearson r from the folds'
     * different means alone; the static baseline's pooled r is its between-piece correlation, kept.
     */
    static boolean undefined(String name, SequenceMetric metric) {
        boolean perPiece = metric == SequenceMetric.PIECE_PEARSON || metric == SequenceMetric.PIECE_CCC
                || metric == SequenceMetric.WITHIN_PEARSON;
        return VaRun.CONSTANT_PER_PIECE.contains(name) && perPiece
                || name.equals(VaRun.MEAN) && metric == SequenceMetric.PEARSON;
    }

    /**
     * Each model minus {@code baseline} ({@link VaRun#MEAN} or {@link VaRun#STATIC}) on the same pieces
     * ({@link #PAIRED} metrics, paired bootstrap over pieces): an interval of the RMSE difference below zero says the
     * model beats that baseline.
     */
    public static Table versus(VaRun run, String baseline, VaGrid grid, BootstrapOptions bootstrap) {
        Table t = empty("versus-" + baseline + "-" + grid.label(), "metric", "difference");
        for (VaModel model : run.settings().models()) {
            for (int d = 0; d < 2; d++) {
                var truth = grid.truth(run.pieces(), d);
                var a = grid.series(run.pieces(), run.predicted(model.label()), d);
                var b = grid.series(run.pieces(), run.predicted(baseline), d);
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

    /**
     * The 4Q check of every model and {@link Centre}: clips, accuracy of the quadrant of each clip's mean predicted
     * valence and arousal with its bootstrap interval over clips, the majority label's share and uniform chance.
     * Empty when there are no clips.
     *
     * @param labels each clip's quadrant, index for index with {@link VaRun#clipMeans}
     */
    public static Table quadrants(VaRun run, List<Quadrant> labels, BootstrapOptions bootstrap) {
        Table t = Table.create("4q-quadrants", StringColumn.create("model"), StringColumn.create("centre"),
                IntColumn.create("clips"), DoubleColumn.create("accuracy"), DoubleColumn.create("low"),
                DoubleColumn.create("high"), DoubleColumn.create("majority"), DoubleColumn.create("chance"));
        if (labels.isEmpty()) {
            return t;
        }
        for (VaModel model : run.settings().models()) {
            for (Centre centre : Centre.values()) {
                var check = check(run, model, labels, centre, bootstrap);
                t.stringColumn("model").append(model.label());
                t.stringColumn("centre").append(centre.label());
                t.intColumn("clips").append(labels.size());
                t.doubleColumn("accuracy").append(check.accuracy());
                t.doubleColumn("low").append(check.interval() == null ? Double.NaN : check.interval().low());
                t.doubleColumn("high").append(check.interval() == null ? Double.NaN : check.interval().high());
                t.doubleColumn("majority").append(check.majority());
                t.doubleColumn("chance").append(check.chance());
            }
        }
        return t;
    }

    /** The 4x4 confusion of {@code model}'s 4Q quadrants around {@code centre}: true quadrant by predicted, counts. */
    public static Table confusion(VaRun run, VaModel model, List<Quadrant> labels, Centre centre) {
        int[][] counts = check(run, model, labels, centre, BootstrapOptions.NONE).confusion().counts();
        Table t = Table.create("4q-confusion-" + model.label() + "-" + centre.label(), StringColumn.create("true"));
        for (Quadrant q : Quadrant.values()) {
            t.addColumns(IntColumn.create("predicted_" + q.name()));
        }
        for (Quadrant q : Quadrant.values()) {
            t.stringColumn("true").append(q.name());
            for (Quadrant p : Quadrant.values()) {
                t.intColumn("predicted_" + p.name()).append(counts[q.ordinal()][p.ordinal()]);
            }
        }
        return t;
    }

    /** {@link QuadrantCheck} of {@code model}'s clip means around {@code centre}. */
    static QuadrantCheck check(VaRun run, VaModel model, List<Quadrant> labels, Centre centre,
                               BootstrapOptions bootstrap) {
        double[][] means = run.clipMeans().get(model);
        double[] c = centre.of(run);
        return QuadrantCheck.of(labels, java.util.Arrays.stream(means).mapToDouble(m -> m[0]).toArray(),
                java.util.Arrays.stream(means).mapToDouble(m -> m[1]).toArray(), c[0], c[1], bootstrap);
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
