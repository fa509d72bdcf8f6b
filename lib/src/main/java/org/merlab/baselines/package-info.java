/**
 * Classical baselines from Smile 6.2.5 (random forest, RBF SVM, kNN, logistic regression, gradient tree boosting)
 * run on the same splits and standardised features as the networks, scored by the same
 * {@link org.merlab.eval.Evaluation}, on one split or cross-validated through {@link org.merlab.eval.CrossValidation}.
 *
 * <pre>{@code
 * Split split = Protocol.HONEST.split(samples, 42);          // or Protocol.PUBLISHED
 * List<BaselineResult> results = Baselines.runAll(split.train(), split.test(), 42);
 * Baselines.table(results);                                  // model, accuracy, macro-F1, MCC, track accuracy, fit s
 *
 * FoldSet folds = Protocol.HONEST.folds(samples, 42);
 * List<OutOfFold> pooled = Baselines.crossValidate(folds, "paper", 20, 42, store);
 * CvScores.table(CvScores.of(pooled, BootstrapOptions.DEFAULT));
 * }</pre>
 */
package org.merlab.baselines;
