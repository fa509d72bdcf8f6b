package org.merlab.study.honest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HonestReport}: every table and figure of a cell, with provenance, under the dataset's folder. */
class HonestReportTest {

    @TempDir
    Path root;

    @Test
    void writesTablesAndFiguresWithProvenance() {
        Params p = Params.from(Map.of("MERLAB_SMOKE", "1", "MERLAB_REPORTS", root.resolve("reports").toString()), root);
        List<Path> written = HonestReport.write(List.of(HonestFixture.run()), HonestFixture.OPTIONS, p.reports(),
                p.provenance("sha256:test"));
        for (String name : List.of("tables/honest-settings.csv", "tables/honest-models-n4.csv",
                "tables/honest-paired-n4.provenance.json", "tables/honest-gems-n4.csv",
                "figures/honest-track-accuracy-n4.png", "figures/honest-gems-spearman-n4.png")) {
            Path file = p.reports().resolve(p.dataset()).resolve(name);
            assertTrue(written.contains(file) && Files.isRegularFile(file), name + " in " + written);
        }
        assertEquals(written.size(), written.stream().distinct().count());
    }
}
