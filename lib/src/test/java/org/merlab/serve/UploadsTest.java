package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The folder and names of uploads; receiving them over HTTP is {@link ServerTest}'s. */
class UploadsTest {

    @Test
    void uploadsGoToAPrivateFolderThatCloseRemoves() throws Exception {
        Uploads uploads = new Uploads(10);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(uploads.directory()));
        Files.writeString(uploads.directory().resolve("left-over"), "x");
        uploads.close();
        assertFalse(Files.exists(uploads.directory()));
    }

    @Test
    void aTemporaryNameTakesOnlyAPlainExtensionFromTheClient() {
        assertEquals(".mp3", Uploads.extension("song.mp3"));
        assertEquals(".FLAC", Uploads.extension("a.b.FLAC"));
        assertEquals("", Uploads.extension("song"));
        assertEquals("", Uploads.extension("song.tar gz"));
        assertEquals("", Uploads.extension("x.abcdefghi"));
        assertEquals("", Uploads.extension("x.."));
        assertTrue(Uploads.extension("x.$(rm)").isEmpty());
    }
}
