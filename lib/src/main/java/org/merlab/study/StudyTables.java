package org.merlab.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.merlab.baselines.BaselineResult;
import org.merlab.eval.ClassMetrics;
import org.merlab.eval.CvScores;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.Tables;
import org.merlab.prep.LeakageCheck;
import org.merlab.prep.LeakageStats;
import org.merlab.prep.Protocol;
import org.merlab.prep.Split;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The study's tables, one row per measured number, with 95% track-bootstrap intervals beside each metric
 * ({@code *Low}, {@code *High}; empty where there is none).
 */
public final class StudyTables {

    /** The paper's own reported accuracies (Yakovyna &amp; Korniienko 2023, Sect. 4), published protocol. */
    public static final double PAPER_ACCURACY_N10 = 0.748;
    public static final double PAPER_ACCURACY_N20 = 0.947;
    static final String PAPER_SOURCE = "Yakovyna & Korniienko 2023 (reported)";
    static final String OURS = "merlab (measured)";

    private StudyTables() {
    }

    /**
     * Table 4: accuracy and macro-F1 of the CNN-LSTM. First the paper's reported rows (N=10: 74.8%, N=20: 94.7%,
     * published protocol, no intervals or F1 given), then ours for every N x protocol at segment level (every test
     * row, as the paper scored), for the published protocol also on the real test segments only, and at track level.
     */
    public static Table accuracy(StudyResult result) {
        Table table = Table.create("table4-accuracy", StringColumn.create("source"), IntColumn.create("segments"),
                StringColumn.create("protocol"), StringColumn.create("level"), IntColumn.create("rows"),
                DoubleColumn.create("accuracy"), DoubleColumn.create("accuracyLow"),
                DoubleColumn.create("accuracyHigh"), DoubleColumn.create("macroF1"), DoubleColumn.create("macroF1Low"),
                DoubleColumn.create("macroF1High"));
        paperRow(table, 10, PAPER_ACCURACY_N10);
        paperRow(table, 20, PAPER_ACCURACY_N20);
        for (StudyRun run : result.runs()) {
            addRow(table, run, "segment, all test rows", run.segmentLevel());
            if (run.realRows() != run.segmentLevel()) {
                addRow(table, run, "segment, real test rows", run.realRows());
            }
            addRow(table, run, "track, real test tracks", run.trackLevel());
        }
        return Tables.fourDecimals(table);
    }

    private static void paperRow(Table table, int segments, double accuracy) {
        table.stringColumn("source").append(PAPER_SOURCE);
        table.intColumn("segments").append(segments);
        table.stringColumn("protocol").append(StudyRun.protocolName(Protocol.PUBLISHED));
        table.stringColumn("level").append("segment");
        table.intColumn("rows").appendMissing();
        table.doubleColumn("accuracy").append(accuracy);
        for (String column : List.of("accuracyLow", "accuracyHigh", "macroF1", "macroF1Low", "macroF1High")) {
            table.doubleColumn(column).appendMissing();
        }
    }

    private static void addRow(Table table, StudyRun run, String level, Evaluation evaluation) {
        table.stringColumn("source").append(OURS);
        table.intColumn("segments").append(run.segments());
        table.stringColumn("protocol").append(StudyRun.protocolName(run.protocol()));
        table.stringColumn("level").append(level);
        table.intColumn("rows").append(evaluation.truth().length);
        appendWithInterval(table, "accuracy", evaluation.accuracy(), evaluation.confidence().get(Metric.ACCURACY));
        appendWithInterval(table, "macroF1", evaluation.macroF1(), evaluation.confidence().get(Metric.MACRO_F1));
    }

    /**
     * Table 5: per-class precision, recall and F1 of the CNN-LSTM at segment level (every test row), for every N x
     * protocol.
     */
    public static Table perClass(StudyResult result) {
        Table table = Table.create("table5-per-class", IntColumn.create("segments"), StringColumn.create("protocol"),
                StringColumn.create("class"), DoubleColumn.create("precision"), DoubleColumn.create("recall"),
                DoubleColumn.create("f1"), IntColumn.create("support"));
        for (StudyRun run : result.runs()) {
            for (ClassMetrics c : run.segmentLevel().perClass()) {
                table.intColumn("segments").append(run.segments());
                table.stringColumn("protocol").append(StudyRun.protocolName(run.protocol()));
                table.stringColumn("class").append(c.name());
                table.doubleColumn("precision").append(c.precision());
                table.doubleColumn("recall").append(c.recall());
                table.doubleColumn("f1").append(c.f1());
                table.intColumn("support").append(c.support());
            }
        }
        return Tables.fourDecimals(table);
    }

    /**
     * Every model on every N x protocol at segment level (every test row): the CNN-LSTM first, then each Smile
     * baseline, with accuracy and macro-F1 and their intervals.
     */
    public static Table baselines(StudyResult result) {
        Table table = Table.create("baselines", StringColumn.create("model"), IntColumn.create("segments"),
                StringColumn.create("protocol"), DoubleColumn.create("accuracy"), DoubleColumn.create("accuracyLow"),
                DoubleColumn.create("accuracyHigh"), DoubleColumn.create("macroF1"), DoubleColumn.create("macroF1Low"),
                DoubleColumn.create("macroF1High"));
        for (StudyRun run : result.runs()) {
            modelRow(table, "CNN_LSTM", run, run.segmentLevel());
            for (BaselineResult b : run.baselines()) {
                modelRow(table, b.model().name(), run, b.evaluation());
            }
        }
        return Tables.fourDecimals(table);
    }

    private static void modelRow(Table table, String model, StudyRun run, Evaluation evaluation) {
        table.stringColumn("model").append(model);
        table.intColumn("segments").append(run.segments());
        table.stringColumn("protocol").append(StudyRun.protocolName(run.protocol()));
        appendWithInterval(table, "accuracy", evaluation.accuracy(), evaluation.confidence().get(Metric.ACCURACY));
        appendWithInterval(table, "macroF1", evaluation.macroF1(), evaluation.confidence().get(Metric.MACRO_F1));
    }

    /** One row per N x protocol: how much of the test part the training part has already seen. */
    public static Table leakage(StudyResult result) {
        Table table = emptyLeakage();
        for (StudyRun run : result.runs()) {
            appendLeakage(table, run.segments(), run.protocol(), run.leakage());
        }
        return Tables.fourDecimals(table);
    }

    /** {@link #leakage(StudyResult)} for splits made without training ({@link LeakageCheck#measure} each). */
    public static Table leakage(int segments, Map<Protocol, Split> splits) {
        Table table = emptyLeakage();
        splits.forEach((protocol, split) -> appendLeakage(table, segments, protocol, LeakageCheck.measure(split)));
        return Tables.fourDecimals(table);
    }

    /**
     * Every cross-validated cell's pooled scores ({@link CvScores#table}) with N and protocol in front:
     * the network, the baselines, then the majority-class and stratified-chance rows, at segment and track level.
     */
    public static Table cvScores(StudyResult result) {
        return stack("cv-scores", result, run -> CvScores.table(run.scores()));
    }

    /** Every cross-validated cell's paired comparison of the network with its strongest baseline. */
    public static Table cvPaired(StudyResult result) {
        return stack("cv-paired", result, run -> PairedComparison.table(run.comparisons()));
    }

    /** One row per cross-validated cell and fold: how much of the fold's test part its training part has seen. */
    public static Table cvLeakage(StudyResult result) {
        Table table = emptyLeakage();
        table.addColumns(IntColumn.create("fold"));
        for (CvRun run : result.cv()) {
            for (int f = 0; f < run.leakage().size(); f++) {
                appendLeakage(table, run.segments(), run.protocol(), run.leakage().get(f));
                table.intColumn("fold").append(f);
            }
        }
        return Tables.fourDecimals(table.setName("cv-leakage"));
    }

    private static Table stack(String name, StudyResult result, Function<CvRun, Table> part) {
        Table all = null;
        for (CvRun run : result.cv()) {
            Table t = part.apply(run);
            int rows = t.rowCount();
            t.insertColumn(0, StringColumn.create("protocol", Collections.nCopies(rows,
                    StudyRun.protocolName(run.protocol()))));
            t.insertColumn(0, IntColumn.create("segments", IntStream.generate(run::segments)
                    .limit(rows).toArray()));
            all = all == null ? t : all.append(t);
        }
        if (all == null) {
            throw new StudyException("the study ran no cross-validation (folds 0)");
        }
        return all.setName(name);
    }

    private static Table emptyLeakage() {
        return Table.create("leakage", IntColumn.create("segments"), StringColumn.create("protocol"),
                IntColumn.create("testRows"), IntColumn.create("realTestRowsWithTrainSibling"),
                IntColumn.create("syntheticTestRows"), IntColumn.create("syntheticTestRowsFromTrainTracks"),
                IntColumn.create("sharedTracks"), DoubleColumn.create("leakedShare"));
    }

    private static void appendLeakage(Table table, int segments, Protocol protocol, LeakageStats s) {
        table.intColumn("segments").append(segments);
        table.stringColumn("protocol").append(StudyRun.protocolName(protocol));
        table.intColumn("testRows").append(s.testRows());
        table.intColumn("realTestRowsWithTrainSibling").append(s.testRowsWithTrainSibling());
        table.intColumn("syntheticTestRows").append(s.syntheticTestRows());
        table.intColumn("syntheticTestRowsFromTrainTracks").append(s.syntheticTestRowsFromTrain());
        table.intColumn("sharedTracks").append(s.sharedTracks().size());
        table.doubleColumn("leakedShare").append(s.leakedShare());
    }

    /** Class counts of one split: the real table, then the train, validation and test parts after the protocol. */
    public static Table classCounts(int segments, Protocol protocol, List<String> classes, ClassCounts counts) {
        return Table.create("class counts, N=" + segments + " " + StudyRun.protocolName(protocol),
                StringColumn.create("class", classes), IntColumn.create("before", counts.before()),
                IntColumn.create("train", counts.train()), IntColumn.create("validation", counts.validation()),
                IntColumn.create("test", counts.test()));
    }

    /** {@link #classCounts} of every run, stacked, with N and protocol columns. */
    public static Table classCounts(StudyResult result) {
        Table all = null;
        for (StudyRun run : result.runs()) {
            Table one = classCounts(run.segments(), run.protocol(), run.classes(), run.counts());
            String[] protocol = new String[one.rowCount()];
            int[] segments = new int[one.rowCount()];
            Arrays.fill(protocol, StudyRun.protocolName(run.protocol()));
            Arrays.fill(segments, run.segments());
            one.insertColumn(0, StringColumn.create("protocol", protocol));
            one.insertColumn(0, IntColumn.create("segments", segments));
            all = all == null ? one.setName("class-counts") : all.append(one);
        }
        return all;
    }

    /** One row per N x protocol: training rows, epochs run, best epoch, early stop, mean seconds per epoch. */
    public static Table training(StudyResult result) {
        Table table = Table.create("training", IntColumn.create("segments"), StringColumn.create("protocol"),
                IntColumn.create("trainRows"), IntColumn.create("epochsRun"), IntColumn.create("bestEpoch"),
                BooleanColumn.create("stoppedEarly"), DoubleColumn.create("bestValAccuracy"),
                DoubleColumn.create("secondsPerEpoch"));
        for (StudyRun run : result.runs()) {
            table.intColumn("segments").append(run.segments());
            table.stringColumn("protocol").append(StudyRun.protocolName(run.protocol()));
            table.intColumn("trainRows").append(Arrays.stream(run.counts().train()).sum());
            table.intColumn("epochsRun").append(run.history().epochs().size());
            table.intColumn("bestEpoch").append(run.history().bestEpoch());
            table.booleanColumn("stoppedEarly").append(run.history().stoppedEarly());
            table.doubleColumn("bestValAccuracy").append(run.history().best().valAccuracy());
            table.doubleColumn("secondsPerEpoch").append(run.secondsPerEpoch());
        }
        return Tables.fourDecimals(table);
    }

    private static void appendWithInterval(Table table, String metric, double value, Interval interval) {
        table.doubleColumn(metric).append(value);
        if (interval == null) {
            table.doubleColumn(metric + "Low").appendMissing();
            table.doubleColumn(metric + "High").appendMissing();
        } else {
            table.doubleColumn(metric + "Low").append(interval.low());
            table.doubleColumn(metric + "High").append(interval.high());
        }
    }
}
