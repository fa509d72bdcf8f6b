package org.merlab.study.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSummaryTest {

    @Test
    void paragraphGivesEveryModelsNumbersAndEveryComparison() {
        var test = TextRuns.test(120);
        var runs = List.of(TextRuns.run("tfidf", test, 0.5, false, 1), TextRuns.run("lstm", test, 0.9, true, 2));
        String text = TextSummary.paragraph(runs, false);
        assertTrue(text.startsWith("TFIDF: accuracy "), text);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "LSTM: accuracy %.3f",
                runs.get(1).evaluation().accuracy())), text);
        assertTrue(text.contains("LSTM vs TFIDF: +"), text);
        assertTrue(text.contains("better at the 5% level"), text);
        assertTrue(TextSummary.paragraph(runs, true).startsWith("GENERATED STAND-IN"));
    }
}
