package org.merlab.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizerTest {

    @Test
    void lowerCasesAndDropsPunctuationLikeTheCorpus() {
        assertEquals("i told you that i loved you", Normalizer.normalize("\"I told you, that I LOVED you...\""));
    }

    @Test
    void joinsApostrophesInsideWordsOnly() {
        assertEquals("im sure i dont", Normalizer.normalize("I'm sure I don’t"));
        assertEquals("rock n roll", Normalizer.normalize("rock 'n' roll"));
    }

    @Test
    void collapsesWhitespaceOfAnyKind() {
        assertEquals("a b c", Normalizer.normalize("  a\t\tb\n\u00a0c  "));
    }

    @Test
    void keepsLettersOfOtherScriptsAndFoldsCompatibilityForms() {
        assertEquals("café naïve 日本", Normalizer.normalize("Café NAI\u0308VE 日本!"));
        assertEquals("fi 12", Normalizer.normalize("ﬁ １２"));
    }

    @Test
    void localeIndependentLowerCase() {
        assertEquals("istanbul", Normalizer.normalize("ISTANBUL"));
    }

    @Test
    void punctuationOnlyAndEmptyBecomeEmpty() {
        assertEquals("", Normalizer.normalize(""));
        assertEquals("", Normalizer.normalize("  !?… ;; "));
    }
}
