package org.merlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetSourceTest {

    @TempDir
    Path repo;

    @TempDir
    Path elsewhere;

    private static final DatasetSource EMOTIFY = DatasetSource.EMOTIFY;

    @Test
    void withNothingSetItIsTheEmbeddedCorpusNotYetGenerated() {
        DatasetChoice choice = EMOTIFY.choose(Map.of(), repo, true);
        assertEquals(DatasetChoice.Origin.EMBEDDED, choice.origin());
        assertEquals("embedded", choice.name());
        assertFalse(choice.real());
        assertTrue(choice.realDirectory().isEmpty());
        assertEquals(EmbeddedCorpus.directory(repo, EmbeddedCorpus.SMOKE), choice.location());
        assertFalse(Files.exists(choice.location()), "choosing generates nothing");
        assertEquals("embedded: synthetic emotify corpus " + repo.relativize(choice.location())
                + "/, generated on first use (no MERLAB_DATA, no fetched emotify/ under MERLAB_RAW or data/raw/)",
                choice.describe());
        assertEquals("synthetic: nothing fetched", choice.reason());
        assertEquals(EmbeddedCorpus.directory(repo, SyntheticEmotify.Options.DEFAULT),
                EMOTIFY.choose(Map.of(), repo, false).location(), "full mode has the full corpus");
    }

    @Test
    void aFetchedCopyUnderDataRawWinsOverTheEmbeddedCorpus() throws Exception {
        Path raw = Files.createDirectories(repo.resolve("data/raw/emotify"));
        DatasetChoice choice = EMOTIFY.choose(Map.of(), repo, true);
        assertEquals(DatasetChoice.Origin.FETCHED, choice.origin());
        assertEquals("emotify", choice.name());
        assertEquals(raw, choice.directory());
        assertEquals("emotify: data/raw/emotify/ (fetched by data/fetch-emotify)", choice.describe());
        assertEquals("fetched data/raw/emotify/", choice.reason());

        Path moved = Files.createDirectories(elsewhere.resolve("emotify"));
        assertEquals(moved, EMOTIFY.choose(Map.of("MERLAB_RAW", elsewhere.toString()), repo, true).directory(),
                "MERLAB_RAW moves data/raw, as for the fetch scripts");
        assertEquals(DatasetChoice.Origin.EMBEDDED,
                EMOTIFY.choose(Map.of("MERLAB_RAW", repo.resolve("none").toString()), repo, true).origin());
    }

    @Test
    void anExplicitSettingWinsOverAFetchedCopyAndEmbeddedForcesTheCorpus() throws Exception {
        Files.createDirectories(repo.resolve("data/raw/emotify"));
        Path dev = Files.createDirectories(elsewhere.resolve("emotify-dev"));
        DatasetChoice explicit = EMOTIFY.choose(Map.of("MERLAB_DATA", dev.toString()), repo, false);
        assertEquals(DatasetChoice.Origin.EXPLICIT, explicit.origin());
        assertEquals("emotify-dev", explicit.name());
        assertEquals(dev, explicit.directory());
        assertEquals("emotify-dev: MERLAB_DATA=" + dev + " (explicit)", explicit.describe());
        assertEquals("MERLAB_DATA (explicit)", explicit.reason());

        DatasetChoice forced = EMOTIFY.choose(Map.of("MERLAB_DATA", " embedded "), repo, false);
        assertEquals(DatasetChoice.Origin.EXPLICIT_EMBEDDED, forced.origin());
        assertEquals("embedded", forced.name());
        assertFalse(forced.real());
        assertEquals("synthetic (MERLAB_DATA=embedded)", forced.reason());
        assertEquals(DatasetChoice.Origin.FETCHED, EMOTIFY.choose(Map.of("MERLAB_DATA", "  "), repo, false).origin(),
                "blank counts as unset");
    }

    @Test
    void anExplicitSettingThatIsNoDirectoryIsRejectedNamingIt() throws Exception {
        Path file = Files.writeString(elsewhere.resolve("data.csv"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EMOTIFY.choose(Map.of("MERLAB_DATA", file.toString()), repo, false));
        assertEquals("MERLAB_DATA must be a dataset directory or 'embedded', got '" + file + "' (not a directory)",
                e.getMessage());
    }

    @Test
    void anotherDatasetIsANameAVariableAndAGenerator() throws Exception {
        DatasetSource text = new DatasetSource("text-emotion", "MERLAB_DATA_TEXT", 0, "embedded-text",
                new DatasetSource.Embedded() {
                    @Override
                    public Path directory(Path root, boolean smoke) {
                        return root.resolve("data/embedded/text" + (smoke ? "-smoke" : ""));
                    }

                    @Override
                    public Path ensure(Path root, boolean smoke) {
                        try {
                            return Files.createDirectories(directory(root, smoke));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        DatasetChoice embedded = text.choose(Map.of("MERLAB_DATA", elsewhere.toString()), repo, true);
        assertEquals("embedded-text", embedded.name(), "MERLAB_DATA is Emotify's variable, not this one's");
        assertEquals(repo.resolve("data/embedded/text-smoke"), embedded.directory());
        assertTrue(Files.isDirectory(embedded.directory()), "directory() generates the embedded corpus");
        Files.createDirectories(repo.resolve("data/raw/text-emotion"));
        assertEquals("text-emotion", text.choose(Map.of(), repo, true).name());
    }
}
