package org.merlab.text;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TfIdfTest {

    private static final TfIdfOptions WORDS = new TfIdfOptions(1, 1, 0, 0, 1, false);

    @TempDir
    Path dir;

    @Test
    void matchesScikitLearnsSmoothIdfAndL2Norm() {
        // sklearn TfidfVectorizer().fit_transform(["a b", "a c"]) -> row 0 = [0.57973867, 0.81480247, 0]
        TfIdf t = TfIdf.fit(List.of("a b", "a c"), WORDS);
        assertEquals(List.of("w:a", "w:b", "w:c"), List.of(t.term(0), t.term(1), t.term(2)));
        assertEquals(1.0, t.idf(0), 1e-12);
        assertEquals(Math.log(1.5) + 1, t.idf(1), 1e-12);
        SparseVector v = t.transform("a b");
        assertArrayEquals(new int[] {0, 1}, v.indices());
        assertArrayEquals(new double[] {0.57973867, 0.81480247}, v.values(), 1e-8);
    }

    @Test
    void sublinearTfDampsRepeats() {
        TfIdf raw = TfIdf.fit(List.of("a b", "a c"), WORDS);
        TfIdf sub = TfIdf.fit(List.of("a b", "a c"), new TfIdfOptions(1, 1, 0, 0, 1, true));
        double rawRatio = raw.transform("a a a b").get(0) / raw.transform("a a a b").get(1);
        double subRatio = sub.transform("a a a b").get(0) / sub.transform("a a a b").get(1);
        assertEquals(3 / (Math.log(1.5) + 1), rawRatio, 1e-9);
        assertEquals((1 + Math.log(3)) / (Math.log(1.5) + 1), subRatio, 1e-9);
    }

    @Test
    void wordBigramsAndCharWbNgramsAsScikitLearn() {
        assertEquals(List.of("w:i am", "w:am ok"), TfIdf.terms(List.of("i", "am", "ok"),
                new TfIdfOptions(2, 2, 0, 0, 1, false)));
        // sklearn analyzer="char_wb", ngram_range=(2, 3) on "ab": [' a', 'ab', 'b ', ' ab', 'ab ']; on "a": [' a', 'a ', ' a ']
        assertEquals(List.of("c: a", "c:ab", "c:b ", "c: ab", "c:ab "), TfIdf.terms(List.of("ab"),
                new TfIdfOptions(0, 0, 2, 3, 1, false)));
        assertEquals(List.of("c: a", "c:a ", "c: a "), TfIdf.terms(List.of("a"), new TfIdfOptions(0, 0, 2, 5, 1, false)));
    }

    @Test
    void minDfDropsRareTermsAndUnseenTextsAreZero() {
        TfIdf t = TfIdf.fit(List.of("a b", "a c", "a d"), new TfIdfOptions(1, 1, 0, 0, 2, false));
        assertEquals(1, t.dimension());
        assertEquals(0, t.transform("zzz qqq").size());
        assertEquals(1.0, t.transform("a b").norm(), 1e-12);
    }

    @Test
    void emptyTextFailsAndNonAsciiWorks() {
        TfIdf t = TfIdf.fit(List.of("très bien", "bien sûr"), TfIdfOptions.DEFAULT);
        assertThrows(TextException.class, () -> t.transform("  "));
        assertEquals(1.0, t.transform("TRÈS bien!").norm(), 1e-12);
        assertThrows(TextException.class, () -> TfIdf.fit(List.of(), TfIdfOptions.DEFAULT));
    }

    @Test
    void saveAndLoadRoundTripGivesTheSameVectors() {
        List<String> train = List.of("i feel happy", "i feel sad", "so happy today", "sad sad day");
        TfIdf t = TfIdf.fit(train, TfIdfOptions.DEFAULT);
        TfIdf back = TfIdf.load(t.save(dir.resolve("tfidf.json")));
        assertEquals(t.options(), back.options());
        assertEquals(t.dimension(), back.dimension());
        assertEquals(t.documents(), back.documents());
        for (String text : List.of("i feel happy", "happy sad unknown", "日本")) {
            assertArrayEquals(t.transform(text).indices(), back.transform(text).indices());
            assertArrayEquals(t.transform(text).values(), back.transform(text).values(), 0);
        }
    }

    @Test
    void loadRefusesAnEncoderFile() {
        Path encoder = TextEncoder.fit(List.of("a b"), 1, 1).save(dir.resolve("encoder.json"));
        assertEquals(encoder + " is not a merlab-tfidf file",
                assertThrows(TextException.class, () -> TfIdf.load(encoder)).getMessage());
    }
}
