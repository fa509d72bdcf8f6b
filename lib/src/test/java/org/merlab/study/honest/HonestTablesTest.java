package org.merlab.study.honest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.eval.CvScores;

import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HonestTables} and {@link HonestFacts}: track level only, one row per model and reference. */
class HonestTablesTest {

    @Test
    void trackLevelRowsForEveryModelTheReferencesAndThePairs() {
        HonestCell cell = HonestFixture.run();
        Table scores = HonestTables.scores(cell);
        assertEquals("honest-models-n4", scores.name());
        assertEquals(List.of(HonestStudy.REFERENCE, "RANDOM_FOREST-rich", "LOGISTIC_REGRESSION-rich",
                "GEMS_RIDGE-rich", CvScores.MAJORITY, CvScores.CHANCE), scores.stringColumn("model").asList());
        assertTrue(scores.intColumn("rows").asList().stream().allMatch(r -> r == 30), "tracks, not segments");
        Table paired = HonestTables.paired(cell);
        assertEquals(3 * 5, paired.rowCount());
        assertTrue(paired.stringColumn("modelB").asList().stream().allMatch(HonestStudy.REFERENCE::equals));
        assertEquals(9, HonestTables.shares(cell).rowCount());
        assertEquals(4, HonestTables.settings(HonestFixture.OPTIONS).rowCount());
    }
}
