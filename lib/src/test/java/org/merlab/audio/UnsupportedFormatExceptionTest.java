package org.merlab.audio;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class UnsupportedFormatExceptionTest {

    @Test
    void isAnAudioExceptionWhoseMessageStartsWithTheFile() {
        Path file = Path.of("songs/a.opus");
        AudioException e = new UnsupportedFormatException(file, "unsupported Ogg codec: Opus");
        assertEquals("songs/a.opus: unsupported Ogg codec: Opus", e.getMessage());
        assertEquals(file, e.file());
        assertInstanceOf(RuntimeException.class, e);
    }
}
