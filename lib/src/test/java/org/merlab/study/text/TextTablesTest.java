package org.merlab.study.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTablesTest {

    private final List<org.merlab.data.TextExample> test = TextRuns.test(120);
    private final TextRun baseline = TextRuns.run("tfidf", test, 0.5, false, 1);
    private final TextRun lstm = TextRuns.run("lstm", test, 0.9, true, 2);
    private final List<TextRun> runs = List.of(baseline, lstm);

    @Test
    void metricsHaveTheirIntervalsAroundTheEstimates() {
        var t = TextTables.metrics(runs);
        assertEquals(2, t.rowCount());
        for (int r = 0; r < 2; r++) {
            double acc = t.doubleColumn("accuracy").get(r);
            assertTrue(t.doubleColumn("accuracyLow").get(r) <= acc && acc <= t.doubleColumn("accuracyHigh").get(r));
        }
        assertEquals(runs.get(1).evaluation().accuracy(), t.doubleColumn("accuracy").get(1), 1e-12);
        double macroRecall = lstm.evaluation().perClass().stream().mapToDouble(m -> m.recall()).average().orElseThrow();
        assertEquals(macroRecall, t.doubleColumn("macroRecall").get(1), 1e-12);
    }

    @Test
    void perClassRowsCarryF1Intervals() {
        var t = TextTables.perClass(runs);
        assertEquals(12, t.rowCount());
        assertEquals("surprise", t.stringColumn("class").get(11));
        assertTrue(t.doubleColumn("f1Low").get(11) <= t.doubleColumn("f1").get(11));
    }

    @Test
    void mcnemarPairsEveryModelWithTheEarlierOnes() {
        var t = TextTables.mcnemar(List.of(baseline, lstm, TextRuns.run("transformer", test, 0.85, true, 3)));
        assertEquals(List.of("LSTM", "TRANSFORMER", "TRANSFORMER"), t.stringColumn("modelA").asList());
        assertEquals(List.of("TFIDF", "TFIDF", "LSTM"), t.stringColumn("modelB").asList());
        assertTrue(t.doubleColumn("pValue").get(0) < 0.001, "0.9 vs 0.5 on 120 texts");
    }

    @Test
    void predictionsListEveryTestLineWithSixProbabilities() {
        var t = TextTables.predictions(lstm, test);
        assertEquals(120, t.rowCount());
        assertEquals(List.of("line", "true", "predicted", "p_sadness", "p_joy", "p_love", "p_anger", "p_fear",
                "p_surprise"), t.columnNames());
        assertEquals(0.75, t.doubleColumn("p_" + t.stringColumn("predicted").get(0)).get(0), 1e-12);
    }

    @Test
    void examplesStartWithTheSlidesThenErrorsThenOnePerClass() {
        var t = TextTables.examples(List.of(lstm), test, 3);
        assertEquals(5 + 3 + 6, t.rowCount());
        assertEquals("anger (slides)", t.stringColumn("true").get(2));
        assertTrue(t.stringColumn("kind").get(5).startsWith("confident LSTM error"));
        assertEquals(0.75, t.doubleColumn("lstmProbability").get(0), 1e-12);
    }

    @Test
    void withoutOverlapDropsTheListedTestLines() {
        var t = TextTables.withoutOverlap(runs, test, Set.of(1, 2, 3));
        assertEquals(117, t.intColumn("cleanRows").get(0));
        var all = TextTables.withoutOverlap(runs, test, Set.of());
        assertEquals(all.doubleColumn("accuracy").get(1), all.doubleColumn("cleanAccuracy").get(1), 1e-12);
    }
}
