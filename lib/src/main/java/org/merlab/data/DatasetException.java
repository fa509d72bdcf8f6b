package org.merlab.data;

import org.merlab.io.BadInput;

import java.nio.file.Path;

/**
 * The one failure of every loader in {@code org.merlab.data}: a malformed annotation file (missing column, bad number,
 * duplicate id, unknown genre or label) or an unreadable one. The message reads {@code <file>:<line>: <reason>}, the
 * way compilers report, so a user can jump to the offending line.
 */
public final class DatasetException extends RuntimeException implements BadInput {

    /** A problem on one line of {@code file} (1-based, the header is line 1). */
    public DatasetException(Path file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }

    /** A problem with {@code file} as a whole (absent, empty, unreadable). */
    public DatasetException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
