package org.merlab.eval;

/** Bad input to a metric: the message names the offending row, class or value. */
public final class EvalException extends IllegalArgumentException {

    public EvalException(String message) {
        super(message);
    }
}
