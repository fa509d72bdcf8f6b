/**
 * Model bundles: a trained network with everything needed to run it on a user's own music (the feature recipe and
 * its signature, sample rate, segment length and hop fixed at training, the scaler's statistics, the labels), its
 * model card and its provenance, in one directory or zip with a format version ({@link org.merlab.bundle.ModelBundle}).
 * Each kind of model has its own {@link org.merlab.bundle.Recipe} and predictor: the segment classifier (the paper's
 * CNN-LSTM on the paper's features, {@link org.merlab.bundle.SegmentClassifier}), which turns an audio file of any
 * length into an emotion {@link org.merlab.bundle.Timeline}; the text classifier ({@link org.merlab.bundle.TextPredictor},
 * its vocabulary inside the bundle), which gives texts their label probabilities; the valence/arousal regressor
 * ({@link org.merlab.bundle.VaPredictor}), which gives both values per fixed step of audio. Training a bundle is a
 * study's job ({@code org.merlab.study.PaperBundle}, {@code study.text.TextBundle}, {@code study.va.VaBundle}); this
 * stage only stores, checks and applies one.
 *
 * <pre>{@code
 * ModelBundle bundle = ModelBundle.read(Path.of("models/paper.zip"));     // checks version, recipe, checksum
 * Timeline t = SegmentClassifier.of(bundle, 2).predict(Path.of("song.mp3"));
 * TimelineFormats.csv(bundle.labels(), List.of(t));
 * }</pre>
 */
package org.merlab.bundle;
