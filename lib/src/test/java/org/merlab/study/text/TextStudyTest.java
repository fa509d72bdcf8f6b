package org.merlab.study.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Params;
import org.merlab.text.TextEncoder;
import org.merlab.train.EpochStats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStudyTest {

    @TempDir
    Path dir;

    @Test
    void runsEveryModelOnTheStandInAndWritesTheReport() {
        var choice = TextCorpusChoice.choose(Map.of(), dir, true);
        var options = TextStudyOptions.from(Params.from(Map.of("MERLAB_SMOKE", "1")));
        var study = TextStudy.prepare(choice, options);
        List<String> epochs = new ArrayList<>();
        Path models = dir.resolve("models");
        var baseline = study.baseline(t -> assertEquals(1, t.rowCount()));
        var lstm = study.lstm(models, s -> epochs.add(s.line()));
        var transformer = study.transformer(models, EpochStats::line);
        study.saveEncoder(models);
        assertEquals(3, epochs.size());
        double majority = (double) choice.balance().intColumn("test").max() / choice.corpus().test().size();
        for (TextRun r : List.of(baseline, lstm, transformer)) {
            assertEquals(choice.corpus().test().size(), r.probabilities().length);
            assertTrue(r.evaluation().accuracy() > majority + 0.1, r.label() + " learns the stand-in's cue words"
                    + " beyond the majority share " + majority + ": " + r.evaluation().summary());
            assertEquals(6, r.f1Intervals().size());
        }
        assertTrue(Files.isRegularFile(models.resolve("text-lstm.zip")));
        var blank = org.junit.jupiter.api.Assertions.assertThrows(org.merlab.text.TextException.class,
                () -> lstm.classifier().probabilities(List.of("fine", "  ")));
        assertEquals("cannot encode text without any letter or digit: '  '", blank.getMessage());
        var encoder = TextEncoder.load(models.resolve("text-encoder.json"));
        assertEquals(study.encoder().vocabulary().words(), encoder.vocabulary().words());

        var out = TextReport.writer(dir.resolve("reports"), study, Map.of("MERLAB_SMOKE", "1"));
        var written = TextReport.write(out, study, List.of(baseline, lstm, transformer), Map.of());
        Path root = dir.resolve("reports").resolve(TextCorpusChoice.STAND_IN);
        for (String name : List.of("figures/text-loss-lstm.png", "figures/text-roc-transformer.svg",
                "figures/text-pr-tfidf.png", "figures/text-confusion-lstm.png", "figures/text-f1-per-class.png",
                "tables/text-metrics.csv", "tables/text-predictions-lstm.csv", "tables/text-examples.md",
                "tables/text-mcnemar.csv", "figures/text-lengths.provenance.json")) {
            assertTrue(written.contains(root.resolve(name)), name);
        }
        var examples = TextTables.examples(List.of(lstm, transformer), choice.corpus().test(), 5);
        assertEquals("i told you that i loved you", examples.stringColumn("snippet").get(0));
        assertEquals(3, TextTables.mcnemar(List.of(baseline, lstm, transformer)).rowCount());
        assertEquals(18, TextTables.perClass(List.of(baseline, lstm, transformer)).rowCount());
    }
}
