package org.merlab.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamsTest {

    @Test
    void defaultsWhenNothingIsSet() {
        Params p = Params.from(Map.of());
        assertEquals(42, p.seed());
        assertTrue(p.epochs().isEmpty());
        assertEquals(0, p.limit());
        assertTrue(p.data().isEmpty());
        assertFalse(p.smoke());
        assertEquals("embedded", p.dataset());
        assertEquals(20, p.epochs(20, 2));
        assertEquals(0, p.limit(10));
    }

    @Test
    void readsEveryVariable(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectory(tmp.resolve("emotify-dev"));
        Params p = Params.from(Map.of("MERLAB_SEED", "-7", "MERLAB_EPOCHS", " 5 ", "MERLAB_LIMIT", "30",
                "MERLAB_DATA", data.toString(), "MERLAB_SMOKE", "1"));
        assertEquals(-7, p.seed());
        assertEquals(5, p.epochs().getAsInt());
        assertEquals(30, p.limit());
        assertEquals(data.toAbsolutePath(), p.data().orElseThrow());
        assertTrue(p.smoke());
        assertEquals("emotify-dev", p.dataset());
    }

    @Test
    void smokeModeScalesDownUnlessAValueIsGiven() {
        Params smoke = Params.from(Map.of("MERLAB_SMOKE", "true"));
        assertEquals(2, smoke.epochs(20, 2));
        assertEquals(10, smoke.limit(10));
        assertEquals("tiny", smoke.choose("full", "tiny"));

        Params explicit = Params.from(Map.of("MERLAB_SMOKE", "1", "MERLAB_EPOCHS", "7", "MERLAB_LIMIT", "3"));
        assertEquals(7, explicit.epochs(20, 2));
        assertEquals(3, explicit.limit(10));
    }

    @Test
    void emptyValuesCountAsUnset() {
        Params p = Params.from(Map.of("MERLAB_SEED", "", "MERLAB_DATA", "  ", "MERLAB_SMOKE", ""));
        assertEquals(42, p.seed());
        assertEquals("embedded", p.dataset());
        assertFalse(p.smoke());
    }

    @Test
    void malformedValuesNameTheVariableAndValue() {
        assertMessage("MERLAB_SEED", "x42", "MERLAB_SEED must be an integer, got 'x42'");
        assertMessage("MERLAB_EPOCHS", "0", "MERLAB_EPOCHS must be an integer >= 1, got '0'");
        assertMessage("MERLAB_EPOCHS", "2.5", "MERLAB_EPOCHS must be an integer >= 1, got '2.5'");
        assertMessage("MERLAB_LIMIT", "-1", "MERLAB_LIMIT must be an integer >= 0, got '-1'");
        assertMessage("MERLAB_SMOKE", "maybe", "MERLAB_SMOKE must be 1 or 0, got 'maybe'");
        assertMessage("MERLAB_DATA", "/no/such/dir",
                "MERLAB_DATA must be a dataset directory, got '/no/such/dir' (does not exist)");
    }

    @Test
    void dataMustBeADirectory(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("emotions.csv"), "x");
        assertMessage("MERLAB_DATA", file.toString(),
                "MERLAB_DATA must be a dataset directory, got '" + file + "' (not a directory)");
    }

    @Test
    void tableEchoesEveryParameterWithItsSource() {
        Table t = Params.from(Map.of("MERLAB_EPOCHS", "3")).table();
        String reports = Params.repoRoot().resolve("reports").toString();
        assertEquals(List.of("variable", "value", "source"), t.columnNames());
        assertEquals(List.of("MERLAB_SEED", "MERLAB_EPOCHS", "MERLAB_LIMIT", "MERLAB_DATA", "MERLAB_SMOKE",
                        "MERLAB_REPORTS", "dataset"),
                t.stringColumn("variable").asList());
        assertEquals(List.of("42", "3", "0 (all)", "(embedded corpus)", "0", reports, "embedded"),
                t.stringColumn("value").asList());
        assertEquals(List.of("default", "environment", "default", "default", "default", "default", "derived"),
                t.stringColumn("source").asList());
    }

    @Test
    void reportsRootDefaultsToTheRepositoryAndFollowsMerlabReports(@TempDir Path tmp) {
        assertEquals(Params.repoRoot().resolve("reports"), Params.from(Map.of()).reports());
        assertTrue(Files.isRegularFile(Params.repoRoot().resolve("environment/jvm.conf")), "tests run inside the repo");
        assertEquals(tmp.resolve("r"), Params.from(Map.of("MERLAB_REPORTS", tmp.resolve("r").toString())).reports());
    }

    @Test
    void notebookChoicesShowInTheTable() {
        Params full = Params.from(Map.of());
        assertEquals(20, full.epochs(20, 2));
        assertEquals(0, full.limit(10));
        assertEquals(List.of("42", "20", "0 (all)", "(embedded corpus)", "0", Params.repoRoot().resolve("reports").toString(),
                        "embedded"),
                full.table().stringColumn("value").asList());
        assertEquals("notebook", full.table().stringColumn("source").get(1));

        Params smoke = Params.from(Map.of("MERLAB_SMOKE", "1"));
        smoke.epochs(20, 2);
        smoke.limit(10);
        assertEquals("2", smoke.asMap().get("MERLAB_EPOCHS"));
        assertEquals("10", smoke.asMap().get("MERLAB_LIMIT"));
        assertEquals(List.of("default", "notebook (smoke)", "notebook (smoke)", "default", "environment", "default",
                        "derived"),
                smoke.table().stringColumn("source").asList());
    }

    @Test
    void asMapFeedsProvenance() {
        Params p = Params.from(Map.of("MERLAB_SEED", "9"));
        assertEquals("9", p.asMap().get("MERLAB_SEED"));
        assertEquals(9, p.provenance("sha256:00").seed());
        assertEquals(p.asMap(), p.provenance("sha256:00").parameters());
        assertEquals("embedded", p.provenance("sha256:00").dataset());
    }

    private static void assertMessage(String variable, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Params.from(Map.of(variable, value)));
        assertEquals(message, e.getMessage());
    }
}
