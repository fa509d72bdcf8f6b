package org.merlab.prep;

/** Bad input to a split, SMOTE or scaler: the message names the offending value, class or track. */
public class PrepException extends IllegalArgumentException {

    public PrepException(String message) {
        super(message);
    }
}
