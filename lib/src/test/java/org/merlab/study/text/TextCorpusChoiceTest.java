package org.merlab.study.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.DatasetException;
import org.merlab.testing.Shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCorpusChoiceTest {

    @TempDir
    Path repo;

    private static Path shared() {
        return Shared.path("datasets/text-emotion");
    }

    @Test
    void withoutACorpusItSaysSoAndUsesTheLabelledStandIn() {
        var choice = TextCorpusChoice.choose(Map.of(), repo, false);
        assertTrue(choice.standIn());
        assertEquals(TextCorpusChoice.STAND_IN, choice.dataset());
        assertTrue(choice.describe().startsWith("TEXT CORPUS MISSING: "), choice.describe());
        assertTrue(choice.describe().contains("data/fetch-text-emotion"), choice.describe());
        assertEquals(2400, choice.corpus().train().size());
        assertEquals(choice.fingerprint(), TextCorpusChoice.choose(Map.of(), repo, false).fingerprint());
    }

    @Test
    void explicitDirectoryWinsAndSmokeCutsIt() {
        Path dir = shared();
        var choice = TextCorpusChoice.choose(Map.of(TextCorpusChoice.ENV, dir.toString()), repo, true);
        assertFalse(choice.standIn());
        assertEquals("text-emotion", choice.dataset());
        assertEquals(TextCorpusChoice.SMOKE_TRAIN, choice.corpus().train().size());
        assertTrue(choice.describe().startsWith("text corpus: dair-ai emotion corpus from MERLAB_DATA_TEXT="));
        assertEquals(16000, TextCorpusChoice.choose(Map.of(TextCorpusChoice.ENV, dir.toString()), repo, false)
                .corpus().train().size());
        assertEquals(6, choice.balance().rowCount());
    }

    @Test
    void fetchedCopyIsFoundInDataRaw() throws IOException {
        Path raw = Files.createDirectories(repo.resolve("data/raw/text-emotion"));
        for (String f : new String[] {"train.txt", "val.txt", "test.txt"}) {
            Files.writeString(raw.resolve(f), "i feel fine;joy\ni am sad;sadness\n");
        }
        var choice = TextCorpusChoice.choose(Map.of(), repo, false);
        assertFalse(choice.standIn());
        assertEquals(2, choice.corpus().test().size());
    }

    @Test
    void badExplicitChoiceOrBadFilesFailClearly() throws IOException {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TextCorpusChoice.choose(Map.of(TextCorpusChoice.ENV, repo.resolve("nope").toString()), repo, false));
        assertTrue(e.getMessage().startsWith("MERLAB_DATA_TEXT must be a directory"), e.getMessage());
        Path bad = Files.createDirectories(repo.resolve("bad"));
        Files.writeString(bad.resolve("train.txt"), "no separator here\n");
        Files.writeString(bad.resolve("val.txt"), "a;joy\n");
        Files.writeString(bad.resolve("test.txt"), "a;joy\n");
        var d = assertThrows(DatasetException.class,
                () -> TextCorpusChoice.choose(Map.of(TextCorpusChoice.ENV, bad.toString()), repo, false));
        assertTrue(d.getMessage().contains("train.txt:1"), d.getMessage());
    }
}
