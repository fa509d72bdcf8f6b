package org.merlab.eval;

import java.util.function.ToDoubleFunction;

/** The scalar metrics that get bootstrap confidence intervals. */
public enum Metric {
    ACCURACY(ConfusionMatrix::accuracy),
    MACRO_F1(ConfusionMatrix::macroF1),
    WEIGHTED_F1(ConfusionMatrix::weightedF1),
    MCC(ConfusionMatrix::mcc);

    private final ToDoubleFunction<ConfusionMatrix> formula;

    Metric(ToDoubleFunction<ConfusionMatrix> formula) {
        this.formula = formula;
    }

    public double of(ConfusionMatrix confusion) {
        return formula.applyAsDouble(confusion);
    }
}
