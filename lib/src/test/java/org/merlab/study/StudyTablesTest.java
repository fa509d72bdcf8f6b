package org.merlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.eval.Metric;
import org.merlab.prep.Protocol;

import tech.tablesaw.api.Table;

class StudyTablesTest {

    private final StudyResult result = StudyFixtures.result();

    @Test
    void table4StartsWithThePapersReportedRowsThenOursWithIntervals() {
        Table t = StudyTables.accuracy(result);
        assertEquals(StudyTables.PAPER_SOURCE, t.stringColumn("source").get(0));
        assertEquals(0.748, t.doubleColumn("accuracy").get(0));
        assertEquals(0.947, t.doubleColumn("accuracy").get(1));
        assertTrue(t.doubleColumn("accuracyLow").isMissing(0), "the paper gives no interval");
        // Published runs have three rows (all test rows, real rows, tracks), honest runs two.
        assertEquals(2 + 2 * (3 + 2), t.rowCount());
        StudyRun honest = result.run(6, Protocol.HONEST);
        Table honestTrack = t.where(t.intColumn("segments").isEqualTo(6)
                .and(t.stringColumn("protocol").isEqualTo("honest"))
                .and(t.stringColumn("level").startsWith("track")));
        assertEquals(honest.trackLevel().accuracy(), honestTrack.doubleColumn("accuracy").get(0));
        assertEquals(honest.trackLevel().confidence().get(Metric.ACCURACY).low(),
                honestTrack.doubleColumn("accuracyLow").get(0));
        assertEquals(honest.trackLevel().truth().length, honestTrack.intColumn("rows").get(0));
    }

    @Test
    void perClassHasOneRowPerClassAndRun() {
        Table t = StudyTables.perClass(result);
        assertEquals(4 * 3, t.rowCount());
        StudyRun run = result.run(3, Protocol.PUBLISHED);
        assertEquals(run.segmentLevel().perClass().get(1).f1(), t.doubleColumn("f1").get(1));
    }

    @Test
    void baselinesListTheCnnLstmThenEveryBaselinePerRun() {
        Table t = StudyTables.baselines(result);
        assertEquals(4 * 6, t.rowCount());
        assertEquals("CNN_LSTM", t.stringColumn("model").get(0));
        StudyRun run = result.run(3, Protocol.PUBLISHED);
        assertEquals(run.baselines().get(0).evaluation().accuracy(), t.doubleColumn("accuracy").get(1));
        assertTrue(t.doubleColumn("macroF1High").get(1) >= t.doubleColumn("macroF1").get(1));
    }

    @Test
    void leakageAndTrainingHaveOneRowPerRun() {
        Table leakage = StudyTables.leakage(result);
        assertEquals(4, leakage.rowCount());
        assertEquals(result.runs().get(0).leakage().testRowsWithTrainSibling(),
                leakage.intColumn("realTestRowsWithTrainSibling").get(0));
        Table training = StudyTables.training(result);
        StudyRun first = result.runs().get(0);
        assertEquals(first.history().epochs().size(), training.intColumn("epochsRun").get(0));
        assertEquals(Arrays.stream(first.counts().train()).sum(), training.intColumn("trainRows").get(0));
    }

    @Test
    void leakageOfSplitsWithoutTrainingMatchesTheStudysOwn() {
        var table = StudyFixtures.identityTable(3, 11);
        Map<Protocol, org.merlab.prep.Split> splits = new LinkedHashMap<>();
        for (Protocol protocol : Protocol.values()) {
            splits.put(protocol, PaperStudy.split(table, protocol, result.options().seed()));
        }
        Table fromSplits = StudyTables.leakage(3, splits);
        Table fromStudy = StudyTables.leakage(result);
        assertEquals(fromStudy.first(2).printAll(), fromSplits.printAll());
    }

    @Test
    void classCountsStackEveryRun() {
        Table t = StudyTables.classCounts(result);
        assertEquals(4 * 3, t.rowCount());
        assertEquals(result.runs().get(0).counts().before()[0], t.intColumn("before").get(0));
        assertEquals("published", t.stringColumn("protocol").get(0));
    }
}
