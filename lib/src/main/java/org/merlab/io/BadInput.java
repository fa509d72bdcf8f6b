package org.merlab.io;

/**
 * Marks an exception that means "this input is bad" (a corrupt or too short audio file, a malformed annotation, a
 * value a feature rejects), as opposed to a programming error. Batch jobs skip and list an item that fails with
 * one, and stop on any other exception: a bug must not be reported as a bad file. Each stage's own input exception
 * implements it ({@code AudioException}, {@code ParameterException}, {@code DatasetException}); it lives in
 * {@code io}, left of every stage, so a batch job in any stage can recognise them all.
 */
public interface BadInput {
}
