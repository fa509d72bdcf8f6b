package org.merlab.eval;

import org.merlab.prep.Samples;

import java.util.Map;

/** A model fitted on one fold: class probabilities for new rows, and what it recorded while fitting. */
@FunctionalInterface
public interface Fitted {

    /** Class probabilities {@code [rows][classes]} (every class of {@code rows.classes()}), each row summing to 1. */
    double[][] probabilities(Samples rows);

    /**
     * Per-epoch series to store beside the predictions, e.g. {@code "trainLoss" -> [epochs]}; empty for a model
     * without epochs. Values may be NaN (an epoch without validation). {@link CrossValidation} asks for it after
     * predicting the fold's test part, so a model may also keep per-row series of that part here (a regressor's raw
     * outputs behind its probabilities: {@code baselines.SharesRegression}).
     */
    default Map<String, double[]> history() {
        return Map.of();
    }
}
