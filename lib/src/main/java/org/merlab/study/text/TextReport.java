package org.merlab.study.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.merlab.data.TextEmotionDefects;
import org.merlab.report.Provenance;
import org.merlab.report.ReportWriter;

import tech.tablesaw.api.Table;

/**
 * Writes the study's figures and tables to {@code reports/<dataset>/} with provenance: the data views, per network
 * the loss and accuracy curves, confusion, ROC and PR figures and its history, per model its test predictions,
 * and the comparison tables (metrics, per-class, McNemar, examples).
 */
public final class TextReport {

    private TextReport() {
    }

    /** A writer for the chosen corpus: its dataset name labels every figure; the study's settings join the parameters. */
    public static ReportWriter writer(Path reports, TextStudy study, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("text corpus", study.choice().source());
        study.options().table().forEach(row -> all.put("text." + row.getString("setting"), row.getString("value")));
        Provenance provenance = Provenance.capture(study.options().seed(), all, study.choice().dataset(),
                study.choice().fingerprint());
        return ReportWriter.forDataset(reports, study.choice().dataset(), provenance);
    }

    /**
     * Everything: {@code runs} is the baseline first, then the networks.
     *
     * @param extra further tables by name (e.g. the baseline's penalty choice, model summaries)
     * @return every written path
     */
    public static List<Path> write(ReportWriter out, TextStudy study, List<TextRun> runs, Map<String, Table> extra) {
        List<Path> written = new ArrayList<>();
        written.addAll(out.table("text-label-balance", study.choice().balance()));
        written.addAll(out.figure("text-label-balance", TextFigures.labelBalance(study.choice())));
        written.addAll(out.table("text-lengths", study.lengths().histogram()));
        written.addAll(out.figure("text-lengths", TextFigures.lengths(study)));
        written.addAll(out.table("text-vocabulary", study.vocabulary()));
        written.addAll(out.table("text-study-settings", study.options().table()));
        List<TextRun> networks = runs.stream().filter(r -> r.history().isPresent()).toList();
        for (TextRun r : networks) {
            written.addAll(out.table("history-text-" + r.key(), r.history().orElseThrow().toTable()));
            written.addAll(out.figure("text-loss-" + r.key(), TextFigures.loss(r)));
            written.addAll(out.figure("text-accuracy-" + r.key(), TextFigures.accuracy(r)));
        }
        for (TextRun r : runs) {
            written.addAll(out.figure("text-confusion-" + r.key(), TextFigures.confusion(r)));
            written.addAll(out.figure("text-roc-" + r.key(), TextFigures.roc(r)));
            written.addAll(out.figure("text-pr-" + r.key(), TextFigures.pr(r)));
            written.addAll(out.table("text-predictions-" + r.key(),
                    TextTables.predictions(r, study.choice().corpus().test())));
        }
        written.addAll(out.table("text-metrics", TextTables.metrics(runs)));
        written.addAll(out.table("text-per-class", TextTables.perClass(runs)));
        written.addAll(out.figure("text-f1-per-class", TextFigures.f1PerClass(runs)));
        written.addAll(out.table("text-mcnemar", TextTables.mcnemar(runs)));
        written.addAll(out.table("text-examples", TextTables.examples(networks, study.choice().corpus().test(), 5)));
        var defects = TextEmotionDefects.of(study.choice().corpus());
        written.addAll(out.table("text-defects", defects.summary()));
        written.addAll(out.table("text-duplicates", defects.table()));
        written.addAll(out.table("text-metrics-without-overlap", TextTables.withoutOverlap(runs,
                study.choice().corpus().test(), defects.testLinesInTrain())));
        extra.forEach((name, table) -> written.addAll(out.table(name, table)));
        return written;
    }
}
