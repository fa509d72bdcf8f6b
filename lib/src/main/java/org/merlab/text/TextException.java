package org.merlab.text;

/** Text that cannot be encoded (empty after normalisation), or a saved text model that cannot be read. */
public final class TextException extends IllegalArgumentException {

    public TextException(String message) {
        super(message);
    }

    public TextException(String message, Throwable cause) {
        super(message, cause);
    }
}
