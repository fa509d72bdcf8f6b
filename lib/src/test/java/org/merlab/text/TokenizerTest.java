package org.merlab.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    @Test
    void splitsNormalisedWords() {
        assertEquals(List.of("merry", "christmas", "have", "a", "very"), Tokenizer.words("Merry Christmas, have a very"));
    }

    @Test
    void emptyAndBlankTextsHaveNoWords() {
        assertEquals(List.of(), Tokenizer.words(""));
        assertEquals(List.of(), Tokenizer.words(" \t\n "));
        assertEquals(List.of(), Tokenizer.words("..."));
    }

    @Test
    void nonAsciiWordsStayWhole() {
        assertEquals(List.of("über", "schön", "слово"), Tokenizer.words("Über-schön слово"));
    }
}
