package org.merlab.audio;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class AudioExceptionTest {

    @Test
    void messageStartsWithTheFileAndKeepsTheCause() {
        Path file = Path.of("songs/a.mp3");
        assertEquals("songs/a.mp3: empty file", new AudioException(file, "empty file").getMessage());
        IOException cause = new IOException("permission denied");
        AudioException e = new AudioException(file, "cannot read file", cause);
        assertEquals("songs/a.mp3: cannot read file (permission denied)", e.getMessage());
        assertSame(cause, e.getCause());
        assertEquals(file, e.file());
        assertEquals("songs/a.mp3: corrupt", new AudioException(file, "corrupt", new RuntimeException()).getMessage());
    }
}
