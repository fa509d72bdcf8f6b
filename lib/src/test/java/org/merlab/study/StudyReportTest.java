package org.merlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.eval.ConfusionMatrix;
import org.merlab.report.Provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class StudyReportTest {

    @TempDir
    Path reports;

    @Test
    void writesEveryTableAndFigureWithProvenance() throws Exception {
        Provenance base = Provenance.capture(7, Map.of("MERLAB_SEED", "7"), "synthetic", "sha256:abc");
        List<Path> written = StudyReport.write(StudyFixtures.result(), reports, base);
        Path dir = reports.resolve("synthetic");
        for (String table : List.of("table4-accuracy", "table5-per-class", "baselines", "baselines-settings", "leakage",
                "class-counts", "training", "cv-scores", "cv-paired", "cv-leakage", "history-cnn-lstm-n6-honest",
                "confusion-cnn-lstm-n3-published")) {
            for (String ext : List.of(".csv", ".md", ".tex", ".provenance.json")) {
                assertTrue(written.contains(dir.resolve("tables").resolve(table + ext)), table + ext);
            }
        }
        for (String run : List.of("n3-published", "n3-honest", "n6-published", "n6-honest")) {
            for (String fig : List.of("fig10-accuracy-cnn-lstm-", "fig11-loss-cnn-lstm-", "fig12-confusion-cnn-lstm-")) {
                for (String ext : List.of(".png", ".svg", ".provenance.json")) {
                    assertTrue(Files.size(dir.resolve("figures").resolve(fig + run + ext)) > 0, fig + run + ext);
                }
            }
        }
        assertEquals(10 * 4 + 4 * (3 * 3 + 2 * 4), written.size());

        JsonNode perRun = new ObjectMapper().readTree(
                dir.resolve("figures/fig12-confusion-cnn-lstm-n6-honest.provenance.json").toFile());
        assertEquals("honest", perRun.at("/parameters/protocol").asText());
        assertEquals("6", perRun.at("/parameters/segments").asText());
        assertEquals("7", perRun.at("/parameters/MERLAB_SEED").asText());
        assertEquals("sha256:abc", perRun.at("/datasetFingerprint").asText());
        assertEquals(7, perRun.at("/seed").asLong());
        JsonNode study = new ObjectMapper().readTree(dir.resolve("tables/table4-accuracy.provenance.json").toFile());
        assertEquals("[3, 6]", study.at("/parameters/segments").asText());
        assertTrue(Files.readString(dir.resolve("tables/table4-accuracy.md")).contains("0.7480"));
    }

    @Test
    void confusionCountsHaveATrueColumnThenOneColumnPerPrediction() {
        var table = StudyReport.confusionCounts(new ConfusionMatrix(new int[][] {{3, 1}, {0, 4}}), List.of("a", "b"));
        assertEquals(List.of("true", "a", "b"), table.columnNames());
        assertEquals(1, table.intColumn("b").get(0));
        assertEquals(0, table.intColumn("a").get(1));
    }
}
