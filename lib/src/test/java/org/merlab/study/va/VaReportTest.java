package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.eval.BootstrapOptions;
import org.merlab.notebook.Params;

class VaReportTest {

    @Test
    void writesTablesAndFiguresWithProvenanceUnderTheSourcesDataset(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("copy/annotations"));
        var source = VaSource.choose(Map.of(VaSource.VARIABLE, dir.resolve("copy").toString()), dir, false);
        var out = VaReport.writer(dir.resolve("reports"), source, Params.from(Map.of()), VaTablesTest.RUN.settings());
        var written = VaReport.write(VaTablesTest.RUN, VaTablesTest.LABELS, out, new BootstrapOptions(20, 1));
        Path tables = dir.resolve("reports/vgmidi/tables");
        assertTrue(Files.isRegularFile(tables.resolve("va-scores-half-second.csv")));
        assertTrue(Files.isRegularFile(tables.resolve("va-versus-train-mean-step.csv")));
        assertTrue(Files.isRegularFile(tables.resolve("va-versus-static-ridge-half-second.csv")));
        assertTrue(Files.isRegularFile(tables.resolve("va-4q-quadrants.csv")));
        assertTrue(Files.isRegularFile(tables.resolve("va-4q-confusion-lstm.csv")));
        assertTrue(Files.readString(tables.resolve("va-predictions.provenance.json")).contains("windows of up to 6"));
        assertTrue(Files.isRegularFile(dir.resolve("reports/vgmidi/figures/va-mae-lstm-valence.svg")));
        assertTrue(written.stream().allMatch(Files::isRegularFile));
    }

    @Test
    void pieceIdsBecomeReportNames() {
        assertEquals("vgmidi-raw-1-piece3", VaReport.safe("vgmidi_raw_1/piece3"));
    }
}
