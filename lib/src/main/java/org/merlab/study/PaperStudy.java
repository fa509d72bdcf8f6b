package org.merlab.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.baselines.BaselineResult;
import org.merlab.baselines.Baselines;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Evaluation;
import org.merlab.notebook.Progress;
import org.merlab.prep.LeakageCheck;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
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

    private PaperStudy() {
    }

    /**
     * Every N x protocol of {@code options}, in that order.
     *
     * @param tables the N-segment table for each N of {@code options}
     * @throws StudyException if a table is missing or the tables disagree on classes
     */
    public static StudyResult run(Map<Integer, Samples> tables, StudyOptions options) {
        List<StudyRun> runs = new ArrayList<>();
        for (int n : options.segmentCounts()) {
            Samples table = tables.get(n);
            if (table == null) {
                throw new StudyException("no feature table for N=" + n + "; have N=" + tables.keySet());
            }
            for (Protocol protocol : options.protocols()) {
                runs.add(runOne(table, n, protocol, options));
            }
        }
        return new StudyResult(options, runs);
    }

    /** The split of {@code table} under {@code protocol} with the paper's fractions and SMOTE k, unscaled. */
    public static Split split(Samples table, Protocol protocol, long seed) {
        return protocol.split(table, seed);
    }

    /**
     * One cell: split, train (epoch lines and a progress bar on stderr), evaluate, baselines.
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
        Split scaled = raw.standardized();
        MultiLayerNetwork net = options.network().build(table.numFeatures(), table.numClasses(), seed);
        TrainResult<MultiLayerNetwork> trained;
        String label = "CNN-LSTM N=" + segments + " " + protocol;
        try (Progress progress = Progress.start(label, options.training().epochs())) {
            trained = Trainer.fit(net, scaled.train().x(), scaled.train().y(), scaled.validation().x(),
                    scaled.validation().y(), options.training(), seed, stats -> {
                        System.err.println(label + " " + stats.line());
                        progress.step();
                    });
        }
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

    private static void requireRows(Samples part, String name, int segments, Protocol protocol, Samples table) {
        if (part.size() == 0) {
            throw new StudyException("the " + name + " part of N=" + segments + " " + protocol + " is empty: "
                    + table.groups().size() + " tracks are too few for a 70/15/15 split by class");
        }
    }

    private static Evaluation evaluate(MultiLayerNetwork net, Samples test, BootstrapOptions bootstrap) {
        return Evaluation.of(test.y(), Trainer.predictProba(net, test.x()), test.classes(), test.group(), bootstrap);
    }
}
