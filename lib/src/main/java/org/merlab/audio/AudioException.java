package org.merlab.audio;

import org.merlab.io.BadInput;

import java.nio.file.Path;

/**
 * The one exception {@link Audio} throws for a file it cannot load: missing, empty, truncated, corrupt, of an
 * unsupported format (e.g. Opus), or asked for an offset or duration it does not have. The message always starts
 * with the file, then says what is wrong with it.
 */
public class AudioException extends RuntimeException implements BadInput {

    private final transient Path file;

    public AudioException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public AudioException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.file = file;
    }

    /** The file that could not be loaded. */
    public Path file() {
        return file;
    }
}
