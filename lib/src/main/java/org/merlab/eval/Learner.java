package org.merlab.eval;

import org.merlab.prep.Samples;

/**
 * Any model the {@link CrossValidation} harness can fit, a Smile classifier or a DL4J network alike, without this
 * package knowing either: from a fold's prepared training and inner validation parts to a fitted model.
 *
 * <pre>{@code
 * Learner knn = (train, validation, seed) -> rows -> myKnn.fit(train).probabilities(rows.x());
 * }</pre>
 */
@FunctionalInterface
public interface Learner {

    /**
     * Fits on {@code train}; anything chosen while fitting (epochs, learning-rate drops, the weights to restore)
     * may look at {@code validation} only, never at the fold's test part, which the harness keeps to itself.
     *
     * @param train      the fold's inner training part, SMOTE and scaling as the protocol prepared it
     * @param validation the fold's inner validation part (real rows; empty if the fold set was made without one)
     * @param seed       this fold's seed ({@link CrossValidation#foldSeed})
     */
    Fitted fit(Samples train, Samples validation, long seed);
}
