package org.merlab.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {

    private static final List<List<String>> TRAIN = List.of(
            List.of("i", "feel", "happy"), List.of("i", "feel", "sad"), List.of("i", "am", "happy"), List.of("zed"));

    @Test
    void padAndOovComeFirstThenWordsByCountThenAlphabet() {
        Vocabulary v = Vocabulary.build(TRAIN, 1);
        assertEquals(List.of("<pad>", "<unk>", "i", "feel", "happy", "am", "sad", "zed"), v.words());
        assertEquals(3, v.count(2));
        assertEquals(8, v.size());
    }

    @Test
    void cutOffSendsRareWordsToOov() {
        Vocabulary v = Vocabulary.build(TRAIN, 2);
        assertEquals(List.of("<pad>", "<unk>", "i", "feel", "happy"), v.words());
        assertEquals(3, v.count(Vocabulary.OOV), "am, sad and zed fell below the cut-off");
        assertArrayEquals(new int[] {2, Vocabulary.OOV, 4}, v.encode(List.of("i", "am", "happy")));
    }

    @Test
    void unknownWordsMapToOovAndAreNotContained() {
        Vocabulary v = Vocabulary.build(TRAIN, 1);
        assertEquals(Vocabulary.OOV, v.id("never-seen"));
        assertFalse(v.contains("never-seen"));
        assertFalse(v.contains(Vocabulary.PAD_TOKEN));
        assertTrue(v.contains("zed"));
        assertEquals(0.5, v.oovRate(List.of(List.of("i", "xyz"))), 1e-12);
        assertEquals(0, v.oovRate(List.of()), 1e-12);
    }

    @Test
    void reservedTokensInTheTextDoNotTakeTheirIds() {
        Vocabulary v = Vocabulary.build(List.of(List.of("<pad>", "<unk>", "a")), 1);
        assertEquals(List.of("<pad>", "<unk>", "a"), v.words());
    }

    @Test
    void idsDoNotDependOnTextOrder() {
        assertEquals(Vocabulary.build(TRAIN, 1).words(), Vocabulary.build(TRAIN.reversed(), 1).words());
    }

    @Test
    void badCutOffAndBadSavedListsFail() {
        assertThrows(TextException.class, () -> Vocabulary.build(TRAIN, 0));
        assertThrows(TextException.class, () -> Vocabulary.of(List.of("a", "b"), new long[2], 1));
        assertThrows(TextException.class, () -> Vocabulary.of(List.of("<pad>", "<unk>", "a", "a"), new long[4], 1));
        assertThrows(TextException.class, () -> Vocabulary.of(List.of("<pad>", "<unk>"), new long[3], 1));
    }
}
