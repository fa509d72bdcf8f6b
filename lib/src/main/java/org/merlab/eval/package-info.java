/**
 * Metrics from class labels and probabilities: accuracy, per-class precision/recall/F1, macro and weighted F1,
 * multiclass MCC, confusion matrices, one-vs-rest ROC and precision-recall curves, track-level aggregation and
 * track-resampling bootstrap confidence intervals. Knows nothing of the models that produced the probabilities.
 */
package org.merlab.eval;
