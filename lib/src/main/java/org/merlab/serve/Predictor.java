package org.merlab.serve;

import java.nio.file.Path;

import org.merlab.bundle.AudioPrediction;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;
import org.merlab.bundle.SegmentRecipe;
import org.merlab.bundle.TextRecipe;
import org.merlab.bundle.VaPredictor;
import org.merlab.bundle.VaRecipe;

/**
 * One worker's predictor of one audio model: an audio file to its emotion timeline or its valence/arousal steps.
 * Each worker gets its own, because a DL4J network must not run {@code output} on two threads at once.
 */
@FunctionalInterface
public interface Predictor {

    /**
     * The prediction of {@code audio}.
     *
     * @throws org.merlab.audio.AudioException if the file cannot be decoded
     * @throws org.merlab.features.ParameterException if it is too short for the features
     */
    AudioPrediction predict(Path audio);

    /** Makes a worker's predictor of a bundle. */
    @FunctionalInterface
    interface Factory {

        /**
         * The bundle's own predictor ({@link SegmentClassifier}, {@link VaPredictor}) on a private copy of its
         * network, computing features on the worker's own thread (the workers already use the processors).
         *
         * @throws IllegalArgumentException for a text bundle, which takes no audio
         */
        Factory OWN_COPY = bundle -> switch (bundle.recipe()) {
            case SegmentRecipe r -> SegmentClassifier.of(bundle.copy(), 1)::predict;
            case VaRecipe r -> VaPredictor.of(bundle.copy())::predict;
            case TextRecipe r -> throw new IllegalArgumentException("a " + r.kind() + " bundle takes text, not audio");
        };

        Predictor create(ModelBundle bundle);
    }
}
