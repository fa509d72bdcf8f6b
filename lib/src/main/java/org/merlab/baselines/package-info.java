/**
 * Classical baselines from Smile 6.2.5 (random forest, RBF SVM, kNN, logistic regression, gradient tree boosting)
 * run on the same splits and standardised features as the networks, scored by the same
 * {@link org.merlab.eval.Evaluation}.
 */
package org.merlab.baselines;
