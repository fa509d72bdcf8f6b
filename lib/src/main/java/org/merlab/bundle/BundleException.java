package org.merlab.bundle;

/**
 * A model bundle that cannot be read or used: missing or corrupt files, a format version or kind this code does not
 * know, a feature recipe it cannot compute. The message names the bundle and the offending value.
 */
public class BundleException extends RuntimeException {

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
