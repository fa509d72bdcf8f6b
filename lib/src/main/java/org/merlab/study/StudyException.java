package org.merlab.study;

/** Bad input to the paper study (a dataset without tracks, an impossible option): the message names the value. */
public class StudyException extends IllegalArgumentException {

    public StudyException(String message) {
        super(message);
    }
}
