package org.merlab.features;

import org.merlab.io.BadInput;

/**
 * A feature parameter or input signal that librosa would reject with {@code librosa.util.exceptions.ParameterError}.
 * The message names the offending value, e.g. {@code "hop must be positive, got 0"}.
 */
public class ParameterException extends IllegalArgumentException implements BadInput {

    public ParameterException(String message) {
        super(message);
    }
}
