package org.merlab.study.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextFactsTest {

    @TempDir
    Path repo;

    @Test
    void statesTheCorpusAndEveryModelsScores() {
        var p = Params.from(Map.of("MERLAB_SMOKE", "1"));
        var choice = TextCorpusChoice.choose(Map.of(), repo, true);
        var study = TextStudy.prepare(choice, TextStudyOptions.from(p));
        var lstm = TextRuns.run("lstm", choice.corpus().test(), 0.8, true, 1);
        var facts = TextFacts.of(p, study, List.of(lstm)).facts();
        assertEquals(true, facts.get("text.standIn"));
        assertEquals(choice.corpus().test().size(), facts.get("text.testTexts"));
        assertEquals(lstm.evaluation().accuracy(), (double) facts.get("accuracy.lstm"), 1e-12);
        assertEquals(study.encoder().maxLength(), facts.get("text.maxLength"));
    }
}
