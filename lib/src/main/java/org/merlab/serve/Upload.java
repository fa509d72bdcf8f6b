package org.merlab.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One uploaded audio file, streamed to a private temporary file, with the name the client gave it. The temporary
 * path is the server's business: {@link #describe} puts the client's name in its place in messages.
 *
 * @param file the temporary file
 * @param name the client's file name (only its last part, printable characters), or {@value #DEFAULT_NAME}
 */
record Upload(Path file, String name) {

    static final String DEFAULT_NAME = "upload";
    private static final int MAX_NAME = 100;

    /** Removes the temporary file (again is harmless). */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the upload " + file, e);
        }
    }

    /** {@code message} with the temporary path replaced by the client's name. */
    String describe(String message) {
        return message.replace(file.toString(), name);
    }

    /**
     * A client's file name fit for messages and JSON: the part after the last {@code /} or {@code \}, without control
     * characters, at most 100 characters; {@value #DEFAULT_NAME} if nothing is left.
     */
    static String displayName(String submitted) {
        if (submitted == null) {
            return DEFAULT_NAME;
        }
        String base = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("\\p{Cntrl}", "").strip();
        clean = clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
        return clean.isEmpty() ? DEFAULT_NAME : clean;
    }
}
