/**
 * Metrics from class labels and probabilities: accuracy, balanced accuracy, per-class precision/recall/F1, macro and
 * weighted F1, multiclass MCC, confusion matrices, one-vs-rest ROC and precision-recall curves, track-level
 * aggregation and group-resampling bootstrap confidence intervals; and the cross-validation harness every model goes
 * through. Knows nothing of the models that produced the probabilities.
 *
 * <pre>{@code
 * Learner learner = (train, validation, seed) -> rows -> probabilitiesOf(rows);  // any model, [rows][classes]
 * ResultStore store = ResultStore.open(dir, gitCommit, dataFingerprint);        // optional: resume, read back
 * OutOfFold cnn = CrossValidation.run(folds, new CvUnit("paper", 20, "CNN_LSTM", seed, params), learner, store);
 * CvScores.table(CvScores.of(List.of(cnn, forest), BootstrapOptions.DEFAULT));  // + majority and chance rows
 * PairedComparison.table(PairedComparison.of(cnn, forest, BootstrapOptions.DEFAULT));
 * }</pre>
 */
package org.merlab.eval;
