/**
 * Classical baselines from Smile 6.2.5 (random forest, RBF SVM, kNN, logistic regression, gradient tree boosting)
 * run on the same splits and standardised features as the networks, scored by the same
 * {@link org.merlab.eval.Evaluation}.
 *
 * <pre>{@code
 * Split split = Protocol.HONEST.split(samples, 42);          // or Protocol.PUBLISHED
 * List<BaselineResult> results = Baselines.runAll(split.train(), split.test(), 42);
 * Baselines.table(results);                                  // model, accuracy, macro-F1, MCC, track accuracy, fit s
 * }</pre>
 */
package org.merlab.baselines;
