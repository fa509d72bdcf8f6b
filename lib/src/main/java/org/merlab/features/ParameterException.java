package org.merlab.features;

/**
 * A feature parameter or input signal that librosa would reject with {@code librosa.util.exceptions.ParameterError}.
 * The message names the offending value, e.g. {@code "hop must be positive, got 0"}.
 */
public class ParameterException extends IllegalArgumentException {

    public ParameterException(String message) {
        super(message);
    }
}
