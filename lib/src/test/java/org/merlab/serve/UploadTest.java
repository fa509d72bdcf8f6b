package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadTest {

    @Test
    void theClientsNameKeepsOnlyItsLastPrintablePart() {
        assertEquals("song.mp3", Upload.displayName("C:\\Users\\me\\song.mp3"));
        assertEquals("passwd", Upload.displayName("../../etc/passwd"));
        assertEquals("ab.wav", Upload.displayName("a\u0000b\n.wav"));
        assertEquals("upload", Upload.displayName(null));
        assertEquals("upload", Upload.displayName("dir/"));
        assertEquals("upload", Upload.displayName("  "));
        assertEquals(100, Upload.displayName("x".repeat(300)).length());
    }

    @Test
    void messagesNameTheClientsFileAndDeletingTwiceIsHarmless(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("upload-123.mp3"));
        Upload upload = new Upload(file, "song.mp3");
        assertEquals("song.mp3: empty file", upload.describe(file + ": empty file"));
        upload.delete();
        upload.delete();
        assertFalse(Files.exists(file));
    }
}
