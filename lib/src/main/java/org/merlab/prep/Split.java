package org.merlab.prep;

/** Three disjoint row sets of one table: train, validation and test. */
public record Split(Samples train, Samples validation, Samples test) {

    /** This split with every part standardised by a {@link StandardScaler} fitted on the training part only. */
    public Split standardized() {
        return standardized(StandardScaler.fit(train));
    }

    /** This split with every part standardised by {@code scaler} (fitted on this split's training part). */
    public Split standardized(StandardScaler scaler) {
        return new Split(scaler.transform(train), scaler.transform(validation), scaler.transform(test));
    }

    @Override
    public String toString() {
        return "Split[train " + train.size() + ", validation " + validation.size() + ", test " + test.size() + " rows]";
    }
}
