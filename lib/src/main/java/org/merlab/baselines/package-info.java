/**
 * Classical baselines from Smile 6.2.5 (random forest, RBF SVM, kNN, logistic regression, gradient tree boosting)
 * run on the same splits and standardised features as the networks, scored by the same
 * {@link org.merlab.eval.Evaluation}, on one split or cross-validated through {@link org.merlab.eval.CrossValidation}.
 * The random forest and the RBF SVM follow scikit-learn 1.2's {@code RandomForestClassifier()} and {@code SVC()}
 * defaults; {@link org.merlab.baselines.Baselines#settings()} states what every baseline runs with.
 *
 * <pre>{@code
 * Split split = Protocol.HONEST.split(samples, 42);          // or Protocol.PUBLISHED
 * List<BaselineResult> results = Baselines.runAll(split.train(), split.test(), 42);
 * Baselines.table(results);                                  // model, accuracy, macro-F1, MCC, track accuracy, fit s
 * Baselines.settings();                                      // model, settings, where its class scores come from
 *
 * FoldSet folds = Protocol.HONEST.folds(samples, 42);
 * List<OutOfFold> pooled = Baselines.crossValidate(folds, "paper", 20, 42, store);
 * CvScores.table(CvScores.of(pooled, BootstrapOptions.DEFAULT));
 * }</pre>
 */
package org.merlab.baselines;
