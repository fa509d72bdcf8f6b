/**
 * Splits (published segment-level and honest track-grouped), leakage checks, SMOTE and scaling.
 *
 * <p>Reproduces the protocol of Yakovyna &amp; Korniienko 2023 ("Music emotion classification using a hybrid
 * CNN-LSTM model": SMOTE on all segments, then a random 70/15/15 segment split) and an honest variant
 * (track-grouped 70/15/15 split, SMOTE on the training part only), so that the cost of leakage can be measured.
 */
package org.merlab.prep;
