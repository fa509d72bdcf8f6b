package org.merlab.baselines;

/** Training data a baseline cannot learn from; the message names the problem value. */
public final class BaselineException extends IllegalArgumentException {

    public BaselineException(String message) {
        super(message);
    }
}
