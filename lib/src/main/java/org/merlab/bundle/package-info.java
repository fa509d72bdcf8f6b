/**
 * Model bundles: a trained network with everything needed to run it on a user's own music (the feature recipe and
 * its signature, sample rate, segment length and hop fixed at training, the scaler's statistics, the labels), its
 * model card and its provenance, in one directory or zip with a format version ({@link org.merlab.bundle.ModelBundle}).
 * Each kind of model has its own {@link org.merlab.bundle.Recipe} and predictor; this package has the segment
 * classifier (the paper's CNN-LSTM on the paper's features, {@link org.merlab.bundle.SegmentClassifier}), which turns
 * an audio file of any length into an emotion {@link org.merlab.bundle.Timeline}. Training a bundle is a study's job
 * ({@code org.merlab.study.PaperBundle}); this stage only stores, checks and applies one.
 *
 * <pre>{@code
 * ModelBundle bundle = ModelBundle.read(Path.of("models/paper.zip"));     // checks version, recipe, checksum
 * Timeline t = SegmentClassifier.of(bundle, 2).predict(Path.of("song.mp3"));
 * TimelineFormats.csv(bundle.labels(), List.of(t));
 * }</pre>
 */
package org.merlab.bundle;
