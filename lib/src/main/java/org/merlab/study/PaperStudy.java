package org.merlab.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.baselines.BaselineResult;
import org.merlab.baselines.Baselines;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.CrossValidation;
import org.merlab.eval.CvScores;
import org.merlab.eval.CvUnit;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Learner;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.ResultStore;
import org.merlab.eval.ScoreRow;
import org.merlab.features.FixedSegments;
import org.merlab.io.Progress;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.LeakageCheck;
import org.merlab.prep.LeakageStats;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
import org.merlab.prep.StandardScaler;
import org.merlab.train.EpochStats;
import org.merlab.train.TrainConfig;
import org.merlab.train.TrainResult;
import org.merlab.train.Trainer;

/**
 * The study of Yakovyna &amp; Korniienko (2023), "Music emotion classification using a hybrid CNN-LSTM model": for
 * every N and protocol, split the N-segment table ({@link Protocol#PUBLISHED}: SMOTE, then a 70/15/15 segment split;
 * {@link Protocol#HONEST}: a 70/15/15 track split, then SMOTE on training only), standardise on training only,
 * train the CNN-LSTM with RMSprop on training and validation, and score the test part at segment and track level
 * with 95% track-bootstrap intervals, beside the Smile baselines on the same split and the split's leakage.
 */
public final class PaperStudy {

    /** The study's name in the result store, and the network's model name there and in score tables. */
    public static final String STUDY = "cnn-lstm-emotify";
    public static final String NETWORK = "CNN_LSTM";

    private PaperStudy() {
    }

    /**
     * Every N x protocol of {@code options}, in that order.
     *
     * @param tables the N-segment table for each N of {@code options}
     * @throws StudyException if a table is missing or the tables disagree on classes
     */
    public static StudyResult run(Map<Integer, Samples> tables, StudyOptions options) {
        return run(tables, options, Optional.empty());
    }

    /**
     * Every N x protocol of {@code options}: the paper-shaped single split, then (when {@code options.folds()} is
     * not 0) the cross-validated evaluation, whose finished folds are read from and written to {@code store}.
     */
    public static StudyResult run(Map<Integer, Samples> tables, StudyOptions options, Optional<ResultStore> store) {
        List<StudyRun> runs = new ArrayList<>();
        for (int n : options.segmentCounts()) {
            for (Protocol protocol : options.protocols()) {
                runs.add(runOne(table(tables, n), n, protocol, options));
            }
        }
        return new StudyResult(options, runs, crossValidate(tables, options, store));
    }

    /**
     * The cross-validated evaluation of every N x cross-validated protocol of {@code options}
     * ({@link #crossValidate(Samples, int, Protocol, StudyOptions, Optional)}), none when {@code options.folds()} is 0.
     */
    public static List<CvRun> crossValidate(Map<Integer, Samples> tables, StudyOptions options,
                                            Optional<ResultStore> store) {
        List<CvRun> cv = new ArrayList<>();
        if (options.folds() == 0) {
            return cv;
        }
        for (int n : options.segmentCounts()) {
            for (Protocol protocol : options.cvProtocols()) {
                cv.add(crossValidate(table(tables, n), n, protocol, options, store));
            }
        }
        return cv;
    }

    private static Samples table(Map<Integer, Samples> tables, int segments) {
        Samples table = tables.get(segments);
        if (table == null) {
            throw new StudyException("no feature table for N=" + segments + "; have N=" + tables.keySet());
        }
        return table;
    }

    /**
     * One cell cross-validated ({@link Protocol#folds}, {@code options.folds()} folds, inner validation for the
     * network's epochs): the network and every baseline through {@link CrossValidation}, pooled out-of-fold
     * predictions scored once with group-bootstrap intervals beside the majority-class and stratified-chance rows,
     * and the network paired against the strongest baseline.
     *
     * @param table the N-segment table, real rows only
     */
    public static CvRun crossValidate(Samples table, int segments, Protocol protocol, StudyOptions options,
                                      Optional<ResultStore> store) {
        return crossValidate(table, segments, "N=" + segments, protocol, options, store);
    }

    /**
     * {@link #crossValidate(Samples, int, Protocol, StudyOptions, Optional)} of a table of fixed-length segments
     * (a bundle's training table), without a result store; its {@link CvRun#segments()} is 0.
     */
    public static CvRun crossValidate(Samples table, FixedSegments layout, Protocol protocol, StudyOptions options) {
        return crossValidate(table, 0, layout.segmentSeconds() + " s segments", protocol, options, Optional.empty());
    }

    private static CvRun crossValidate(Samples table, int segments, String cell, Protocol protocol,
                                       StudyOptions options, Optional<ResultStore> store) {
        long seed = options.seed();
        FoldSet folds = protocol.folds(table, FoldOptions.DEFAULT.withFolds(options.folds()), seed);
        String label = "CNN-LSTM " + cell + " " + protocol + " CV";
        Learner network = new CnnLstmLearner(options.network(), options.training(),
                stats -> System.err.println(label + " " + stats.line()));
        CvUnit unit = new CvUnit(STUDY, segments, NETWORK, seed, options.describe());
        List<OutOfFold> models = new ArrayList<>();
        models.add(store.map(s -> CrossValidation.run(folds, unit, network, s))
                .orElseGet(() -> CrossValidation.run(folds, unit, network)));
        if (options.baselines()) {
            models.addAll(store.map(s -> Baselines.crossValidate(folds, STUDY, segments, seed, s))
                    .orElseGet(() -> Baselines.crossValidate(folds, STUDY, segments, seed)));
        }
        BootstrapOptions bootstrap = new BootstrapOptions(options.bootstrapResamples(), seed);
        List<ScoreRow> scores = CvScores.of(models, bootstrap);
        OutOfFold strongest = models.stream().skip(1)
                .max(Comparator.comparingDouble(m -> m.evaluation(bootstrap).accuracy()))
                .orElse(null);
        List<PairedComparison> comparisons = strongest == null ? List.of()
                : PairedComparison.of(models.getFirst(), strongest, bootstrap);
        List<LeakageStats> leakage = IntStream.range(0, folds.size()).mapToObj(folds::leakage).toList();
        return new CvRun(segments, protocol, folds.statement(), leakage, models, scores, comparisons,
                strongest == null ? "" : strongest.model());
    }

    /** The split of {@code table} under {@code protocol} with the paper's fractions and SMOTE k, unscaled. */
    public static Split split(Samples table, Protocol protocol, long seed) {
        return protocol.split(table, seed);
    }

    /**
     * One cell: split, train (a progress line on stderr carrying the last epoch's numbers), evaluate, baselines.
     *
     * @param table the N-segment table, real rows only
     */
    public static StudyRun runOne(Samples table, int segments, Protocol protocol, StudyOptions options) {
        if (table.realRows().size() != table.size()) {
            throw new StudyException("the N=" + segments + " table already holds SMOTE rows; give the real segments");
        }
        long seed = options.seed();
        Split raw = split(table, protocol, seed);
        requireRows(raw.validation(), "validation", segments, protocol, table);
        requireRows(raw.test(), "test", segments, protocol, table);
        Fit fit = fit(raw, options.network(), options.training(), seed, "CNN-LSTM N=" + segments + " " + protocol,
                stats -> { });
        Split scaled = fit.scaled();
        TrainResult<MultiLayerNetwork> trained = fit.trained();
        BootstrapOptions bootstrap = new BootstrapOptions(options.bootstrapResamples(), seed);
        Samples test = scaled.test();
        Evaluation segmentLevel = evaluate(trained.net(), test, bootstrap);
        Samples real = test.realRows();
        Evaluation realRows = real.size() == test.size() ? segmentLevel : evaluate(trained.net(), real, bootstrap);
        List<BaselineResult> baselines = options.baselines()
                ? Baselines.runAll(raw.train(), raw.test(), seed)
                : List.of();
        return new StudyRun(segments, protocol, table.classes(), ClassCounts.of(table, raw),
                LeakageCheck.measure(raw), trained.history(), segmentLevel, realRows, baselines);
    }

    /**
     * A network trained on one split as every cell trains it: a {@link StandardScaler} fitted on the training part
     * (SMOTE rows included, as the protocol made them) scales every part; the network is fitted on training with
     * validation steering its epochs; a progress line on stderr carries the last epoch's numbers.
     *
     * @param raw      the unscaled split
     * @param label    the progress line's label
     * @param progress also called after every epoch
     */
    static Fit fit(Split raw, NetworkFactory network, TrainConfig training, long seed, String label,
                   Consumer<EpochStats> progress) {
        StandardScaler scaler = StandardScaler.fit(raw.train());
        Split scaled = raw.standardized(scaler);
        MultiLayerNetwork net = network.build(raw.train().numFeatures(), raw.train().numClasses(), seed);
        try (Progress bar = Progress.start(label, training.epochs())) {
            TrainResult<MultiLayerNetwork> trained = Trainer.fit(net, scaled.train().x(), scaled.train().y(),
                    scaled.validation().x(), scaled.validation().y(), training, seed, stats -> {
                        bar.step(stats.line());
                        progress.accept(stats);
                    });
            return new Fit(scaler, scaled, trained);
        }
    }

    /** What {@link #fit} returns: the scaler, the scaled split and the trained network with its history. */
    record Fit(StandardScaler scaler, Split scaled, TrainResult<MultiLayerNetwork> trained) {
    }

    private static void requireRows(Samples part, String name, int segments, Protocol protocol, Samples table) {
        if (part.size() == 0) {
            throw new StudyException("the " + name + " part of N=" + segments + " " + protocol + " is empty: "
                    + table.groups().size() + " tracks are too few for a 70/15/15 split by class");
        }
    }

    static Evaluation evaluate(MultiLayerNetwork net, Samples test, BootstrapOptions bootstrap) {
        return Evaluation.of(test.y(), Trainer.predictProba(net, test.x()), test.classes(), test.group(), bootstrap);
    }
}
