package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextEmotionCorpusTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        return Fixtures.lines(dir, "train.txt", "\n", lines);
    }

    @Test
    void readsTextAndLabelWithLineNumbers() throws IOException {
        Path file = write("i didnt feel humiliated;sadness", "", "i am ever feeling nostalgic;love");
        assertEquals(List.of(new TextExample(1, "i didnt feel humiliated", TextEmotion.SADNESS),
                new TextExample(3, "i am ever feeling nostalgic", TextEmotion.LOVE)), TextEmotionCorpus.read(file));
    }

    @Test
    void unknownLabelFails() throws IOException {
        Path file = write("fine;joy", "i feel odd;disgust");
        DatasetException e = assertThrows(DatasetException.class, () -> TextEmotionCorpus.read(file));
        assertEquals(file + ":2: unknown label 'disgust' (expected one of sadness, joy, love, anger, fear, surprise)",
                e.getMessage());
    }

    @Test
    void lineWithoutLabelFails() throws IOException {
        Path file = write("i feel fine");
        DatasetException e = assertThrows(DatasetException.class, () -> TextEmotionCorpus.read(file));
        assertEquals(file + ":1: missing label: no ';' in the line", e.getMessage());
    }

    @Test
    void emptyTextFails() throws IOException {
        Path file = write(";joy");
        DatasetException e = assertThrows(DatasetException.class, () -> TextEmotionCorpus.read(file));
        assertEquals(file + ":1: empty text before ';'", e.getMessage());
    }

    @Test
    void missingSplitFileFailsNamingIt() {
        DatasetException e = assertThrows(DatasetException.class, () -> TextEmotionCorpus.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("train.txt") + ": cannot read"), e.getMessage());
    }

    @Test
    void sharedCorpusHasThePublishedSplitSizesAndCounts() {
        TextEmotionCorpus c = TextEmotionCorpus.load(Shared.path("datasets/text-emotion"));
        assertEquals(16000, c.train().size());
        assertEquals(2000, c.val().size());
        assertEquals(2000, c.test().size());
        // label counts from the corpus README (train): joy 5362, surprise 572
        assertEquals(5362, c.train().stream().filter(x -> x.label() == TextEmotion.JOY).count());
        assertEquals(572, c.train().stream().filter(x -> x.label() == TextEmotion.SURPRISE).count());
        assertEquals(66, c.test().stream().filter(x -> x.label() == TextEmotion.SURPRISE).count());
    }
}
