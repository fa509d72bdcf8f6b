package org.merlab.serve;

/**
 * A server that cannot start as asked: a bad option value, a models folder without a usable bundle, a port in use.
 * The message names the value or the file.
 */
public class ServeException extends RuntimeException {

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
