package org.merlab.serve;

import java.nio.file.Path;

import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;
import org.merlab.bundle.Timeline;

/**
 * One worker's predictor of one model: an audio file to its emotion timeline. Each worker gets its own, because a
 * DL4J network must not run {@code output} on two threads at once.
 */
@FunctionalInterface
public interface Predictor {

    /**
     * The timeline of {@code audio}.
     *
     * @throws org.merlab.audio.AudioException if the file cannot be decoded
     * @throws org.merlab.features.ParameterException if it is too short for the features
     */
    Timeline predict(Path audio);

    /** Makes a worker's predictor of a bundle. */
    @FunctionalInterface
    interface Factory {

        /**
         * The segment classifier ({@link SegmentClassifier}) on a private copy of the bundle's network, computing
         * features on the worker's own thread (the workers already use the processors).
         */
        Factory SEGMENT_CLASSIFIER = bundle -> SegmentClassifier.of(bundle.copy(), 1)::predict;

        Predictor create(ModelBundle bundle);
    }
}
