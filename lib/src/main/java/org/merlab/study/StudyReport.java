package org.merlab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.merlab.baselines.Baselines;
import org.merlab.eval.ConfusionMatrix;
import org.merlab.report.Plots;
import org.merlab.report.Provenance;
import org.merlab.report.ReportWriter;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes every table and figure of a {@link StudyResult} with {@link ReportWriter} under
 * {@code reports/<dataset>/}, with stable names:
 * <ul>
 *   <li>tables: {@code table4-accuracy}, {@code table5-per-class}, {@code baselines} and, when the baselines ran,
 *       {@code baselines-settings} (what each was fitted with), {@code leakage},
 *       {@code class-counts}, {@code training}, {@code skipped-tracks} ({@link #writeSkipped}), the cross-validated
 *       {@code cv-scores}, {@code cv-paired} and {@code cv-leakage} (when the options ask for folds), and per N x
 *       protocol {@code history-cnn-lstm-n20-published}
 *       (per-epoch numbers behind Figs 10-11) and {@code confusion-cnn-lstm-n20-published} (counts behind Fig 12);</li>
 *   <li>figures per N x protocol: {@code fig10-accuracy-cnn-lstm-n20-published},
 *       {@code fig11-loss-cnn-lstm-n20-published}, {@code fig12-confusion-cnn-lstm-n20-published}.</li>
 * </ul>
 * Study-wide files carry the base provenance plus the study options; per-run files add {@code segments} and
 * {@code protocol}.
 */
public final class StudyReport {

    private StudyReport() {
    }

    /**
     * Writes everything and returns the written paths in order.
     *
     * @param base the dataset's provenance (seed, notebook parameters, dataset name and fingerprint)
     */
    public static List<Path> write(StudyResult result, Path reportsDir, Provenance base) {
        List<Path> written = new ArrayList<>();
        ReportWriter study = writer(reportsDir, base, result.options().describe());
        written.addAll(study.table("table4-accuracy", StudyTables.accuracy(result)));
        written.addAll(study.table("table5-per-class", StudyTables.perClass(result)));
        written.addAll(study.table("baselines", StudyTables.baselines(result)));
        if (result.options().baselines()) {
            written.addAll(study.table("baselines-settings", Baselines.settings()));
        }
        written.addAll(study.table("leakage", StudyTables.leakage(result)));
        written.addAll(study.table("class-counts", StudyTables.classCounts(result)));
        written.addAll(study.table("training", StudyTables.training(result)));
        if (!result.cv().isEmpty()) {
            written.addAll(study.table("cv-scores", StudyTables.cvScores(result)));
            written.addAll(study.table("cv-paired", StudyTables.cvPaired(result)));
            written.addAll(study.table("cv-leakage", StudyTables.cvLeakage(result)));
        }
        for (StudyRun run : result.runs()) {
            written.addAll(writeRun(run, result.options(), reportsDir, base));
        }
        return written;
    }

    /**
     * Table {@code skipped-tracks}: the tracks left out as bad input, per N, with the reason (no rows when none was),
     * so a reader of the reports sees what the numbers do not cover.
     */
    public static List<Path> writeSkipped(SegmentTables tables, Path reportsDir, Provenance base) {
        return ReportWriter.forDataset(reportsDir, base.dataset(), base).table("skipped-tracks",
                tables.skippedTable());
    }

    /**
     * One run's figures 10-12 and the tables behind them ({@code history-*}, {@code confusion-*}), with the
     * options, N and protocol added to the provenance's parameters.
     */
    public static List<Path> writeRun(StudyRun run, StudyOptions options, Path reportsDir, Provenance base) {
        Map<String, String> extra = new LinkedHashMap<>(options.describe());
        extra.put("segments", String.valueOf(run.segments()));
        extra.put("protocol", StudyRun.protocolName(run.protocol()));
        ReportWriter writer = writer(reportsDir, base, extra);
        String tag = run.tag();
        String caption = "CNN-LSTM, N=" + run.segments() + ", " + StudyRun.protocolName(run.protocol());
        List<Path> written = new ArrayList<>();
        written.addAll(writer.figure("fig10-accuracy-cnn-lstm-" + tag,
                Plots.trainingCurves(run.history(), Plots.Curve.ACCURACY, "Accuracy per epoch, " + caption)));
        written.addAll(writer.figure("fig11-loss-cnn-lstm-" + tag,
                Plots.trainingCurves(run.history(), Plots.Curve.LOSS, "Loss per epoch, " + caption)));
        written.addAll(writer.figure("fig12-confusion-cnn-lstm-" + tag,
                Plots.confusion(run.segmentLevel().confusion(), run.classes(),
                        "Confusion (row shares), " + caption)));
        written.addAll(writer.table("history-cnn-lstm-" + tag, run.history().toTable()));
        written.addAll(writer.table("confusion-cnn-lstm-" + tag,
                confusionCounts(run.segmentLevel().confusion(), run.classes())));
        return written;
    }

    /** Counts {@code [true][predicted]}: a {@code true} column of class names, then one column per predicted class. */
    static Table confusionCounts(ConfusionMatrix matrix, List<String> classes) {
        Table table = Table.create("confusion", StringColumn.create("true", classes));
        int[][] counts = matrix.counts();
        for (int p = 0; p < classes.size(); p++) {
            int[] column = new int[classes.size()];
            for (int t = 0; t < classes.size(); t++) {
                column[t] = counts[t][p];
            }
            table.addColumns(IntColumn.create(classes.get(p), column));
        }
        return table;
    }

    private static ReportWriter writer(Path reportsDir, Provenance base, Map<String, String> extra) {
        return ReportWriter.forDataset(reportsDir, base.dataset(), base.withParameters(extra));
    }
}
