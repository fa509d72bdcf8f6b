package org.merlab.audio;

import java.nio.file.Path;

/**
 * An {@link AudioException} for bytes that are not in a format {@link Audio} decodes at all (Opus, Ogg FLAC, text,
 * random bytes), as opposed to a file of a decoded format that is empty, truncated or corrupt. Callers that answer
 * the two differently (an HTTP server: 415 Unsupported Media Type against 422) catch this one first.
 */
public class UnsupportedFormatException extends AudioException {

    public UnsupportedFormatException(Path file, String problem) {
        super(file, problem);
    }
}
