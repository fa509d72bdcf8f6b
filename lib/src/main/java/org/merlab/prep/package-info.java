/**
 * Splits (published segment-level and honest track-grouped), cross-validation folds, leakage checks, SMOTE,
 * scaling, and the rank transform of a vector (hard ranks for Spearman's rho in {@code eval}, soft ranks for the
 * Spearman loss in {@code models}: {@link org.merlab.prep.Ranks}).
 *
 * <p>Reproduces the protocol of Yakovyna &amp; Korniienko 2023 ("Music emotion classification using a hybrid
 * CNN-LSTM model": SMOTE on all segments, then a random 70/15/15 segment split) and an honest variant
 * (track-grouped 70/15/15 split, SMOTE on the training part only), so that the cost of leakage can be measured.
 * The single split is the paper-shaped view; {@link org.merlab.prep.Protocol#folds} gives the cross-validated one:
 *
 * <pre>{@code
 * FoldSet folds = Protocol.HONEST.folds(table, FoldOptions.DEFAULT, seed); // 5 folds, 20% inner validation, by track
 * folds.statement();                 // how they were made, and which classes some folds lack
 * Split ready = folds.prepared(0);   // SMOTE and scaler fitted on fold 0's inner training part only
 * }</pre>
 */
package org.merlab.prep;
