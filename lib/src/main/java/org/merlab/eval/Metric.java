package org.merlab.eval;

import java.util.function.ToDoubleFunction;

/** The scalar metrics that get bootstrap confidence intervals. */
public enum Metric {
    ACCURACY("accuracy", ConfusionMatrix::accuracy),
    BALANCED_ACCURACY("balancedAccuracy", ConfusionMatrix::balancedAccuracy),
    MACRO_F1("macroF1", ConfusionMatrix::macroF1),
    WEIGHTED_F1("weightedF1", ConfusionMatrix::weightedF1),
    MCC("mcc", ConfusionMatrix::mcc);

    private final String column;
    private final ToDoubleFunction<ConfusionMatrix> formula;

    Metric(String column, ToDoubleFunction<ConfusionMatrix> formula) {
        this.column = column;
        this.formula = formula;
    }

    public double of(ConfusionMatrix confusion) {
        return formula.applyAsDouble(confusion);
    }

    /** The metric's name as a table column ({@code balancedAccuracy}); intervals add {@code Low} and {@code High}. */
    public String column() {
        return column;
    }
}
