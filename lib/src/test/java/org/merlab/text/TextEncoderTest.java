package org.merlab.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextEncoderTest {

    private static final List<String> TRAIN = List.of("i feel happy", "i feel sad today", "i am happy",
            "i feel so very very happy today", "am i sad");

    @TempDir
    Path dir;

    @Test
    void fitsVocabularyAndMaxLengthOnTrainingTextsOnly() {
        TextEncoder e = TextEncoder.fit(TRAIN, 2, 0.8);
        assertEquals(4, e.maxLength(), "lengths 3 4 3 7 3: 80% are at most 4 tokens");
        assertEquals(List.of("<pad>", "<unk>", "i", "feel", "happy", "am", "sad", "today", "very"),
                e.vocabulary().words());
    }

    @Test
    void unknownWordsBecomeOovAndLongTextsAreTruncated() {
        TextEncoder e = TextEncoder.fit(TRAIN, 2, 0.8);
        assertArrayEquals(new int[] {2, 3, Vocabulary.OOV, 4}, e.encode("I feel GLORIOUSLY happy, today!"));
        String veryLong = "happy ".repeat(100_000);
        assertEquals(4, e.encode(veryLong).length);
    }

    @Test
    void nonAsciiTextEncodes() {
        TextEncoder e = TextEncoder.fit(List.of("je suis très heureux", "très bien", "日本 語 日本"), 2, 1.0);
        assertArrayEquals(new int[] {e.vocabulary().id("très"), Vocabulary.OOV, e.vocabulary().id("日本")},
                e.encode("TRÈS ȝ 日本"));
        assertTrue(e.vocabulary().contains("日本"));
    }

    @Test
    void emptyBlankAndPunctuationOnlyTextsFailClearly() {
        TextEncoder e = TextEncoder.fit(TRAIN, 1, 1.0);
        for (String text : List.of("", "   ", "?!...")) {
            var ex = assertThrows(TextException.class, () -> e.encode(text));
            assertEquals("cannot encode text without any letter or digit: '" + text + "'", ex.getMessage());
        }
    }

    @Test
    void saveAndLoadRoundTripGivesTheSameIds() {
        TextEncoder e = TextEncoder.fit(TRAIN, 1, 0.8);
        Path file = e.save(dir.resolve("sub/encoder.json"));
        TextEncoder back = TextEncoder.load(file);
        assertEquals(e.vocabulary().words(), back.vocabulary().words());
        assertEquals(e.maxLength(), back.maxLength());
        assertEquals(e.coverage(), back.coverage());
        assertEquals(e.vocabulary().minCount(), back.vocabulary().minCount());
        assertEquals(e.vocabulary().count(2), back.vocabulary().count(2));
        for (String text : List.of("i feel happy today", "unknown words here", "très")) {
            assertArrayEquals(e.encode(text), back.encode(text));
        }
    }

    @Test
    void explainShowsEveryTokenAndWhetherItIsKept() {
        TextEncoder e = TextEncoder.fit(TRAIN, 2, 0.8);
        var table = e.explain("I feel zzz happy today");
        assertEquals(5, table.rowCount());
        assertEquals(Vocabulary.OOV, table.intColumn("id").get(2));
        assertEquals(false, table.booleanColumn("inVocabulary").get(2));
        assertEquals(false, table.booleanColumn("kept").get(4));
    }

    @Test
    void loadRefusesMissingForeignOldAndCorruptFiles() throws IOException {
        Path missing = dir.resolve("none.json");
        assertTrue(assertThrows(TextException.class, () -> TextEncoder.load(missing)).getMessage()
                .contains(missing.toString()));
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"format\":\"merlab-tfidf\",\"version\":1}");
        assertEquals(foreign + " is not a merlab-text-encoder file",
                assertThrows(TextException.class, () -> TextEncoder.load(foreign)).getMessage());
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\":\"merlab-text-encoder\",\"version\":2}");
        assertEquals(newer + " is merlab-text-encoder version 2; this code reads version 1",
                assertThrows(TextException.class, () -> TextEncoder.load(newer)).getMessage());
        Path truncated = dir.resolve("truncated.json");
        String saved = Files.readString(TextEncoder.fit(TRAIN, 1, 1).save(dir.resolve("ok.json")));
        Files.writeString(truncated, saved.substring(0, saved.length() / 2));
        assertThrows(TextException.class, () -> TextEncoder.load(truncated));
        Path otherNormalizer = Files.writeString(dir.resolve("norm.json"), saved.replace(TextEncoder.NORMALIZER, "x"));
        assertTrue(assertThrows(TextException.class, () -> TextEncoder.load(otherNormalizer)).getMessage()
                .contains("refit the vocabulary"));
        Path badWords = Files.writeString(dir.resolve("words.json"), saved.replace("\"<pad>\"", "\"pad\""));
        assertTrue(assertThrows(TextException.class, () -> TextEncoder.load(badWords)).getMessage()
                .startsWith(badWords + ": a vocabulary starts with"));
    }

    @Test
    void badMaxLengthFails() {
        assertThrows(TextException.class, () -> new TextEncoder(Vocabulary.build(List.of(), 1), 1, 0));
    }
}
