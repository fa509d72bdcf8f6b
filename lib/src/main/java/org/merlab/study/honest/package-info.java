/**
 * Notebook 06's study, "the strongest honest model": every model on the same grouped folds of the Emotify tracks
 * (the honest protocol, {@code prep.Protocol.HONEST}), scored at track level from pooled out-of-fold predictions
 * against the majority class and the 28-feature random forest. Wiring only: the rich features are
 * {@code features.FrameStatistics} through {@code data.FeatureTables.rich}, the models {@code baselines.Baseline}
 * and {@code baselines.SharesRegression}, the harness and tests {@code eval}. Models built elsewhere (the sequence
 * models on log-mel frames) join as {@link org.merlab.study.honest.ExtraLearner}s.
 */
package org.merlab.study.honest;
