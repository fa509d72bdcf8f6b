package org.merlab.prep;

/** One fold of a k-fold cross-validation: {@code test} is fold {@code index}, {@code train} the other folds. */
public record Fold(int index, Samples train, Samples test) {
}
