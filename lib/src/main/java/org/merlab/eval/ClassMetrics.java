package org.merlab.eval;

/**
 * One row of the per-class table: one-vs-rest metrics of one class.
 *
 * @param name             class name
 * @param precision        {@code TP / (TP + FP)}
 * @param recall           {@code TP / (TP + FN)}
 * @param f1               harmonic mean of precision and recall
 * @param support          true rows of the class
 * @param rocAuc           area under the one-vs-rest ROC curve (NaN without positives or negatives)
 * @param averagePrecision average precision of the one-vs-rest PR curve (NaN without positives)
 */
public record ClassMetrics(String name, double precision, double recall, double f1, int support, double rocAuc,
                           double averagePrecision) {
}
