package org.merlab.prep;

/**
 * One outer fold of a cross-validation, unscaled and without SMOTE: {@code test} is fold {@code index}; the other
 * folds are cut into {@code train} and an inner {@code validation} part, grouped the same way, so that choosing
 * epochs, learning-rate drops or the weights to restore never looks at the test fold.
 */
public record Fold(int index, Samples train, Samples validation, Samples test) {

    /** The three parts as a {@link Split}. */
    public Split split() {
        return new Split(train, validation, test);
    }

    @Override
    public String toString() {
        return "Fold " + index + "[train " + train.size() + ", validation " + validation.size() + ", test "
                + test.size() + " rows]";
    }
}
