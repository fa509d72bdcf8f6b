package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextEmotionTest {

    @Test
    void ordinalsAreTheHuggingFaceIds() {
        assertEquals(0, TextEmotion.SADNESS.ordinal());
        assertEquals(1, TextEmotion.JOY.ordinal());
        assertEquals(5, TextEmotion.SURPRISE.ordinal());
        assertEquals(Optional.of(TextEmotion.LOVE), TextEmotion.parse("love"));
        assertEquals(Optional.empty(), TextEmotion.parse("Love"));
    }
}
