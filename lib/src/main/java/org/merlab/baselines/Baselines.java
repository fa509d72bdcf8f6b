package org.merlab.baselines;

import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.CrossValidation;
import org.merlab.eval.CvUnit;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Fitted;
import org.merlab.eval.Learner;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.ResultStore;
import org.merlab.eval.Tables;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Samples;
import org.merlab.prep.StandardScaler;
import smile.math.MathEx;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fits every {@link Baseline} on a training part and evaluates it on a test part, with features standardised by a
 * {@link StandardScaler} fitted on the training part only, so the baselines see exactly what the networks see: on one
 * split ({@link #run}, the paper-shaped view) or cross-validated through {@link CrossValidation} ({@link #crossValidate}).
 */
public final class Baselines {

    private static final int BOOTSTRAP_RESAMPLES = 1000;

    private Baselines() {
    }

    /** All baselines in declaration order, each fitted with {@code seed}. */
    public static List<BaselineResult> runAll(Samples train, Samples test, long seed) {
        List<BaselineResult> results = new ArrayList<>();
        for (Baseline model : Baseline.values()) {
            results.add(run(model, train, test, seed));
        }
        return results;
    }

    /**
     * One baseline: fit on {@code train}, predict {@code test}, evaluate at segment and track level with
     * track-resampling bootstrap intervals (B = 1000, same seed). Classes absent from training get probability 0.
     */
    public static BaselineResult run(Baseline model, Samples train, Samples test, long seed) {
        if (!train.classes().equals(test.classes())) {
            throw new BaselineException("train classes " + train.classes() + " differ from test classes "
                    + test.classes());
        }
        if (test.size() == 0) {
            throw new BaselineException("test part is empty");
        }
        long start = System.nanoTime();
        Fitted fitted = fit(model, train, seed);
        double fitSeconds = (System.nanoTime() - start) / 1e9;
        Evaluation evaluation = Evaluation.of(test.y(), fitted.probabilities(test), test.classes(), test.group(),
                new BootstrapOptions(BOOTSTRAP_RESAMPLES, seed));
        return new BaselineResult(model, seed, evaluation, fitSeconds);
    }

    /**
     * A baseline as a {@link CrossValidation} learner. Its hyper-parameters are fixed, so it fits on the training
     * part alone and leaves the inner validation part unused.
     */
    public static Learner learner(Baseline model) {
        return (train, validation, seed) -> fit(model, train, seed);
    }

    /**
     * Every baseline cross-validated on {@code folds} through the harness, in declaration order, each fold read from
     * {@code store} when it holds it; the unit parameters are the baseline's stated hyper-parameters.
     */
    public static List<OutOfFold> crossValidate(FoldSet folds, String study, int segments, long seed,
                                                ResultStore store) {
        return crossValidate(folds, study, segments, seed, Optional.of(store));
    }

    /** {@link #crossValidate(FoldSet, String, int, long, ResultStore)} without a store: every fold fitted now. */
    public static List<OutOfFold> crossValidate(FoldSet folds, String study, int segments, long seed) {
        return crossValidate(folds, study, segments, seed, Optional.empty());
    }

    private static List<OutOfFold> crossValidate(FoldSet folds, String study, int segments, long seed,
                                                 Optional<ResultStore> store) {
        List<OutOfFold> all = new ArrayList<>();
        for (Baseline model : Baseline.values()) {
            CvUnit unit = new CvUnit(study, segments, model.name(), seed,
                    Map.of("hyperParameters", model.hyperParameters()));
            all.add(store.map(s -> CrossValidation.run(folds, unit, learner(model), s))
                    .orElseGet(() -> CrossValidation.run(folds, unit, learner(model))));
        }
        return all;
    }

    /**
     * {@code model} fitted on {@code train} standardised by a scaler fitted on {@code train}; its probabilities
     * cover every class, 0 for classes absent from training.
     */
    private static Fitted fit(Baseline model, Samples train, long seed) {
        int[] present = Arrays.stream(train.y()).distinct().sorted().toArray();
        if (present.length < 2) {
            throw new BaselineException("training part has " + present.length + " class(es) "
                    + Arrays.toString(present) + "; a classifier needs at least 2");
        }
        int[] dense = new int[train.numClasses()];
        for (int d = 0; d < present.length; d++) {
            dense[present[d]] = d;
        }
        int[] y = Arrays.stream(train.y()).map(label -> dense[label]).toArray();
        StandardScaler scaler = StandardScaler.fit(train);
        MathEx.setSeed(seed);
        Posterior posterior = model.fit(scaler.transform(train.x()), y, seed);
        int numClasses = train.numClasses();
        return rows -> {
            double[][] densePosteriors = posterior.probabilities(scaler.transform(rows.x()));
            double[][] probabilities = new double[rows.size()][numClasses];
            for (int i = 0; i < probabilities.length; i++) {
                for (int d = 0; d < present.length; d++) {
                    probabilities[i][present[d]] = densePosteriors[i][d];
                }
            }
            return probabilities;
        };
    }

    /**
     * One row per baseline: its settings ({@link Baseline#hyperParameters}) and where its class scores come from
     * ({@link Baseline#posteriors}), for the notebooks and reports to state what ran. Every baseline sees the
     * features standardised by a {@link StandardScaler} fitted on its training part.
     */
    public static Table settings() {
        List<Baseline> models = List.of(Baseline.values());
        return Table.create("baselines-settings",
                StringColumn.create("model", models.stream().map(Baseline::name).toList()),
                StringColumn.create("settings", models.stream().map(Baseline::hyperParameters).toList()),
                StringColumn.create("classScores", models.stream().map(Baseline::posteriors).toList()));
    }

    /** One row per result: model, segment accuracy, macro-F1, MCC, track accuracy, fit seconds. */
    public static Table table(List<BaselineResult> results) {
        return Tables.fourDecimals(Table.create("baselines",
                StringColumn.create("model", results.stream().map(r -> r.model().name()).toList()),
                DoubleColumn.create("accuracy", results.stream().mapToDouble(r -> r.evaluation().accuracy())),
                DoubleColumn.create("macroF1", results.stream().mapToDouble(r -> r.evaluation().macroF1())),
                DoubleColumn.create("mcc", results.stream().mapToDouble(r -> r.evaluation().mcc())),
                DoubleColumn.create("trackAccuracy", results.stream().mapToDouble(
                        r -> r.evaluation().trackLevel().map(Evaluation::accuracy).orElse(Double.NaN))),
                DoubleColumn.create("fitSeconds", results.stream().mapToDouble(BaselineResult::fitSeconds))));
    }
}
