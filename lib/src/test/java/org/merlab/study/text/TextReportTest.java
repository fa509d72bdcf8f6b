package org.merlab.study.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReportTest {

    @TempDir
    Path dir;

    @Test
    void writesUnderTheChosenDatasetWithProvenanceAndLabelledFigures() throws Exception {
        var choice = TextCorpusChoice.choose(Map.of(), dir, true);
        var study = TextStudy.prepare(choice, TextStudyOptions.from(Params.from(Map.of("MERLAB_SMOKE", "1"))));
        var test = choice.corpus().test();
        var runs = List.of(TextRuns.run("tfidf", test, 0.6, false, 1), TextRuns.run("lstm", test, 0.8, true, 2));
        var out = TextReport.writer(dir.resolve("reports"), study, Map.of("MERLAB_SEED", "42"));
        var written = TextReport.write(out, study, runs, Map.of());
        Path root = dir.resolve("reports").resolve(TextCorpusChoice.STAND_IN);
        assertTrue(written.contains(root.resolve("tables/text-metrics-without-overlap.csv")));
        assertTrue(written.contains(root.resolve("figures/text-accuracy-lstm.png")));
        assertTrue(written.stream().noneMatch(p -> p.toString().contains("text-loss-tfidf")));
        String provenance = Files.readString(root.resolve("tables/text-metrics.provenance.json"));
        assertTrue(provenance.contains("\"dataset\" : \"text-emotion-standin\""), provenance);
        assertTrue(provenance.contains("GENERATED STAND-IN"), provenance);
        var chart = TextFigures.roc(runs.get(1));
        out.figure("text-roc-lstm", chart);
        assertTrue(chart.getTitle().endsWith("dataset: text-emotion-standin"), "the dataset labels the figure: "
                + chart.getTitle());
    }
}
