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

    /** A checkout with no download in it, so the tests never depend on data/raw/ of the real one. */
    @TempDir
    Path root;

    private Params params(Map<String, String> env) {
        return Params.from(env, root);
    }

    @Test
    void defaultsWhenNothingIsSet() {
        Params p = params(Map.of());
        assertEquals(42, p.seed());
        assertTrue(p.epochs().isEmpty());
        assertEquals(0, p.limit());
        assertFalse(p.data().real());
        assertFalse(p.smoke());
        assertEquals("embedded", p.dataset());
        assertEquals(0.02, p.maxSkippedShare());
        assertEquals(20, p.epochs(20, 2));
    }

    @Test
    void readsEveryVariable(@TempDir Path tmp) throws Exception {
        Path data = Files.createDirectory(tmp.resolve("emotify-dev"));
        Params p = params(Map.of("MERLAB_SEED", "-7", "MERLAB_EPOCHS", " 5 ", "MERLAB_LIMIT", "30",
                "MERLAB_DATA", data.toString(), "MERLAB_SMOKE", "1", "MERLAB_MAX_SKIPPED", "5%"));
        assertEquals(-7, p.seed());
        assertEquals(5, p.epochs().getAsInt());
        assertEquals(30, p.limit());
        assertEquals(0.05, p.maxSkippedShare(), 1e-12);
        assertEquals(data.toAbsolutePath(), p.data().realDirectory().orElseThrow());
        assertTrue(p.smoke());
        assertEquals("emotify-dev", p.dataset());
    }

    @Test
    void smokeModeScalesDownUnlessAValueIsGiven(@TempDir Path tmp) throws Exception {
        Params smoke = params(Map.of("MERLAB_SMOKE", "true"));
        assertEquals(2, smoke.epochs(20, 2));
        assertEquals(0, smoke.limit(), "the embedded corpus has a smoke size of its own");
        assertEquals("tiny", smoke.choose("full", "tiny"));

        Path data = Files.createDirectory(tmp.resolve("emotify-dev"));
        Params real = params(Map.of("MERLAB_SMOKE", "1", "MERLAB_DATA", data.toString()));
        assertEquals(36, real.limit(), "real data is cut to the smoke limit");
        assertEquals("36 (smoke, real data)", real.asMap().get("MERLAB_LIMIT"));

        Params explicit = params(Map.of("MERLAB_SMOKE", "1", "MERLAB_EPOCHS", "7", "MERLAB_LIMIT", "3",
                "MERLAB_DATA", data.toString()));
        assertEquals(7, explicit.epochs(20, 2));
        assertEquals(3, explicit.limit());
    }

    @Test
    void foldsComeFromTheVariableElseTheNotebooksChoiceAndAreShown() {
        Params full = params(Map.of());
        assertEquals(5, full.folds(5, 0));
        assertEquals("5", full.asMap().get("MERLAB_FOLDS"));
        assertEquals(0, params(Map.of("MERLAB_SMOKE", "1")).folds(5, 0));
        Params explicit = params(Map.of("MERLAB_SMOKE", "1", "MERLAB_FOLDS", "3"));
        assertEquals(3, explicit.folds(5, 0));
        assertEquals("3", explicit.table().where(explicit.table().stringColumn("variable").isEqualTo("MERLAB_FOLDS"))
                .stringColumn("value").get(0));
        assertEquals(0, params(Map.of("MERLAB_FOLDS", "0")).folds(5, 2));
    }

    @Test
    void oneFoldOrANegativeCountIsRefusedByName() {
        for (String bad : List.of("1", "-2", "two")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> params(Map.of("MERLAB_FOLDS", bad)));
            assertTrue(e.getMessage().contains("MERLAB_FOLDS") && e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void theDatasetComesFromTheOneRuleExplicitThenFetchedThenEmbedded(@TempDir Path tmp) throws Exception {
        assertEquals("embedded", params(Map.of()).dataset());
        Files.createDirectories(root.resolve("data/raw/emotify"));
        Params fetched = params(Map.of());
        assertEquals("emotify", fetched.dataset());
        assertEquals(root.resolve("data/raw/emotify"), fetched.data().realDirectory().orElseThrow());
        assertEquals("embedded", params(Map.of("MERLAB_DATA", "embedded")).dataset(), "embedded forces the corpus");
        Path data = Files.createDirectory(tmp.resolve("emotify-dev"));
        assertEquals("emotify-dev", params(Map.of("MERLAB_DATA", data.toString())).dataset());
        assertEquals("emotify", params(Map.of()).data(org.merlab.data.DatasetSource.EMOTIFY).name());
    }

    @Test
    void emptyValuesCountAsUnset() {
        Params p = params(Map.of("MERLAB_SEED", "", "MERLAB_DATA", "  ", "MERLAB_SMOKE", ""));
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
                "MERLAB_DATA must be a dataset directory or 'embedded', got '/no/such/dir' (does not exist)");
        assertMessage("MERLAB_MAX_SKIPPED", "101", "MERLAB_MAX_SKIPPED must be a percentage from 0 to 100, got '101'");
        assertMessage("MERLAB_MAX_SKIPPED", "few", "MERLAB_MAX_SKIPPED must be a percentage from 0 to 100, got 'few'");
    }

    @Test
    void dataMustBeADirectory(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("emotions.csv"), "x");
        assertMessage("MERLAB_DATA", file.toString(),
                "MERLAB_DATA must be a dataset directory or 'embedded', got '" + file + "' (not a directory)");
    }

    @Test
    void tableEchoesEveryParameterWithItsSource() {
        Table t = params(Map.of("MERLAB_EPOCHS", "3")).table();
        String reports = root.resolve("reports").toString();
        assertEquals(List.of("variable", "value", "source"), t.columnNames());
        assertEquals(List.of("MERLAB_SEED", "MERLAB_SMOKE", "MERLAB_EPOCHS", "MERLAB_FOLDS", "MERLAB_LIMIT",
                        "MERLAB_MAX_SKIPPED", "MERLAB_DATA", "MERLAB_REPORTS", "dataset"),
                t.stringColumn("variable").asList());
        assertEquals(List.of("42", "0", "3", "(unset, not used)", "0 (all)", "2%", "(unset)", reports, "embedded"),
                t.stringColumn("value").asList());
        assertEquals(List.of("default", "default", "environment", "default", "default", "default", "default",
                "default", "synthetic: nothing fetched"), t.stringColumn("source").asList());
    }

    @Test
    void reportsRootDefaultsToTheCheckoutAndFollowsMerlabReports(@TempDir Path tmp) {
        assertEquals(Params.repoRoot().resolve("reports"), Params.from(Map.of()).reports());
        assertTrue(Files.isRegularFile(Params.repoRoot().resolve("environment/jvm.conf")), "tests run inside the repo");
        assertEquals(root.resolve("reports"), params(Map.of()).reports());
        assertEquals(tmp.resolve("r"), params(Map.of("MERLAB_REPORTS", tmp.resolve("r").toString())).reports());
    }

    @Test
    void notebookChoicesShowInTheTable() {
        Params full = params(Map.of());
        assertEquals(20, full.epochs(20, 2));
        assertEquals("20", full.table().stringColumn("value").get(2));
        assertEquals("notebook", full.table().stringColumn("source").get(2));

        Params smoke = params(Map.of("MERLAB_SMOKE", "1"));
        smoke.epochs(20, 2);
        assertEquals("2", smoke.asMap().get("MERLAB_EPOCHS"));
        assertEquals("notebook (smoke)", smoke.table().stringColumn("source").get(2));
    }

    @Test
    void aStudysOwnSettingsAreShownAndKeptLikeTheCommonOnes() {
        Params p = params(Map.of("MERLAB_STEP", " 32 "));
        assertEquals(32, p.integer("MERLAB_STEP", 8, 1));
        assertEquals("all", p.text("MERLAB_GRID", "all"));
        Table table = p.table();
        int step = table.stringColumn("variable").indexOf("MERLAB_STEP");
        int grid = table.stringColumn("variable").indexOf("MERLAB_GRID");
        assertEquals(List.of("32", "environment"), List.of(table.stringColumn("value").get(step),
                table.stringColumn("source").get(step)));
        assertEquals(List.of("all", "default"), List.of(table.stringColumn("value").get(grid),
                table.stringColumn("source").get(grid)));
        assertEquals("32", p.asMap().get("MERLAB_STEP"));
        assertEquals("all", p.text("MERLAB_GRID", "all"), "asking again after the table changes nothing");
        IllegalStateException late = assertThrows(IllegalStateException.class, () -> p.text("MERLAB_NEW", "x"));
        assertTrue(late.getMessage().contains("was shown without it"), late.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> params(Map.of("MERLAB_STEP", "0")).integer("MERLAB_STEP", 8, 1));
        assertEquals("MERLAB_STEP must be an integer >= 1, got '0'", bad.getMessage());
    }

    @Test
    void aChoiceThatWouldChangeTheShownTableIsAProgrammingError() {
        Params p = params(Map.of());
        assertEquals("(unset, not used)", p.table().stringColumn("value").get(2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.epochs(60, 2));
        assertTrue(e.getMessage().startsWith("MERLAB_EPOCHS = 60 was chosen after the parameters table showed "
                + "'(unset, not used)'"), e.getMessage());

        Params chosen = params(Map.of());
        chosen.epochs(60, 2);
        chosen.table();
        assertEquals(60, chosen.epochs(60, 2), "the same choice again changes nothing");
        Params given = params(Map.of("MERLAB_EPOCHS", "4"));
        given.table();
        assertEquals(4, given.epochs(60, 2), "a value from the environment was shown as it is");
    }

    @Test
    void asMapFeedsProvenance() {
        Params p = params(Map.of("MERLAB_SEED", "9"));
        assertEquals("9", p.asMap().get("MERLAB_SEED"));
        assertEquals(9, p.provenance("sha256:00").seed());
        assertEquals(p.asMap(), p.provenance("sha256:00").parameters());
        assertEquals("embedded", p.provenance("sha256:00").dataset());
    }

    private static void assertMessage(String variable, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Params.from(Map.of(variable, value), Path.of("unused")));
        assertEquals(message, e.getMessage());
    }
}
