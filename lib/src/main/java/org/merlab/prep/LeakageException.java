package org.merlab.prep;

/** An honest split put one track on two sides; the message names the tracks. */
public final class LeakageException extends PrepException {

    public LeakageException(String message) {
        super(message);
    }
}
