package org.merlab.data;

import java.util.Arrays;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticTextEmotionTest {

    @Test
    void sizesLabelsAndLinesAsAsked() {
        TextEmotionCorpus c = new SyntheticTextEmotion(3000, 40, 50, 1).generate();
        assertEquals(3000, c.train().size());
        assertEquals(40, c.val().size());
        assertEquals(50, c.test().size());
        assertEquals(1, c.test().getFirst().line());
        assertEquals(new HashSet<>(Arrays.asList(TextEmotion.values())),
                new HashSet<>(c.train().subList(0, 6).stream().map(TextExample::label).toList()));
        long surprise = c.train().stream().filter(e -> e.label() == TextEmotion.SURPRISE).count();
        long joy = c.train().stream().filter(e -> e.label() == TextEmotion.JOY).count();
        assertTrue(surprise > 60 && surprise < 200, "about 4% + 1% noise: " + surprise);
        assertTrue(joy > 850 && joy < 1150, "about 33%: " + joy);
    }

    @Test
    void textsLookLikeTheCorpusAndParseBack() {
        for (TextExample e : new SyntheticTextEmotion(300, 10, 10, 2).generate().train()) {
            assertTrue(e.text().matches("[a-z]+( [a-z]+)*"), e.text());
            assertEquals(e.label(), TextEmotion.parse(e.label().label()).orElseThrow());
        }
    }

    @Test
    void seededAndValidated() {
        assertEquals(new SyntheticTextEmotion(50, 5, 5, 3).generate(), new SyntheticTextEmotion(50, 5, 5, 3).generate());
        assertNotEquals(new SyntheticTextEmotion(50, 5, 5, 3).generate(),
                new SyntheticTextEmotion(50, 5, 5, 4).generate());
        assertThrows(IllegalArgumentException.class, () -> new SyntheticTextEmotion(5, 5, 5, 1));
    }
}
