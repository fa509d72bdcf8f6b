package org.merlab.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.merlab.features.FixedSegments;
import org.merlab.prep.Protocol;
import org.merlab.train.TrainConfig;

/**
 * Settings of {@link PaperBundle#train}; validates itself.
 *
 * @param segments           segment length and hop in seconds, fixed at training and kept in the bundle
 * @param seed               the one seed: split, SMOTE, weight init, shuffling, dropout, bootstrap
 * @param training           epochs, batch size, RMSprop rate, plateau and early stopping
 * @param network            the network to train
 * @param model              the network's name on the model card
 * @param folds              folds of the honest cross-validation behind the card's metrics, 0 for none
 * @param bootstrapResamples resamples of every 95% interval, at least 1
 */
public record BundleOptions(FixedSegments segments, long seed, TrainConfig training, NetworkFactory network,
                            String model, int folds, int bootstrapResamples) {

    /** The paper's N = 20 on Emotify's one-minute excerpts: 3 s segments. */
    public static final double DEFAULT_SEGMENT_SECONDS = 3;
    /** The paper's CNN-LSTM as the card names it. */
    public static final String PAPER_MODEL = "CNN-LSTM of Yakovyna & Korniienko (2023), Table 3";

    public BundleOptions {
        if (segments == null || training == null || network == null || model == null || model.isBlank()) {
            throw new StudyException("segments, training settings, network and model name must be given");
        }
        if (folds == 1 || folds < 0) {
            throw new StudyException("folds must be 0 (no cross-validation) or at least 2, got " + folds);
        }
        if (bootstrapResamples < 1) {
            throw new StudyException("bootstrap resamples must be at least 1, got " + bootstrapResamples);
        }
    }

    /**
     * The paper's CNN-LSTM with {@link TrainConfig#defaults()} for {@code epochs} epochs on {@code segments}, no
     * cross-validation, {@value StudyOptions#BOOTSTRAP_RESAMPLES} resamples.
     */
    public static BundleOptions paper(FixedSegments segments, long seed, int epochs) {
        return new BundleOptions(segments, seed, TrainConfig.defaults().withEpochs(epochs),
                NetworkFactory.CNN_LSTM, PAPER_MODEL, 0, StudyOptions.BOOTSTRAP_RESAMPLES);
    }

    public BundleOptions withTraining(TrainConfig value) {
        return new BundleOptions(segments, seed, value, network, model, folds, bootstrapResamples);
    }

    public BundleOptions withNetwork(NetworkFactory value, String name) {
        return new BundleOptions(segments, seed, training, value, name, folds, bootstrapResamples);
    }

    public BundleOptions withFolds(int value) {
        return new BundleOptions(segments, seed, training, network, model, value, bootstrapResamples);
    }

    public BundleOptions withBootstrapResamples(int value) {
        return new BundleOptions(segments, seed, training, network, model, folds, value);
    }

    /** The study options of the honest cross-validation with these settings (no baselines). */
    StudyOptions crossValidation() {
        return new StudyOptions(List.of(1), List.of(Protocol.HONEST), seed, training, network, bootstrapResamples,
                false, folds, List.of(Protocol.HONEST));
    }

    /** The settings as text, for the provenance and the card. */
    public Map<String, String> describe() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("segmentSeconds", String.valueOf(segments.segmentSeconds()));
        map.put("hopSeconds", String.valueOf(segments.hopSeconds()));
        map.put("seed", String.valueOf(seed));
        map.put("epochs", String.valueOf(training.epochs()));
        map.put("batchSize", String.valueOf(training.batchSize()));
        map.put("learningRate", String.valueOf(training.learningRate()));
        map.put("plateau", training.plateau().toString());
        map.put("earlyStoppingPatience", String.valueOf(training.earlyStoppingPatience()));
        map.put("folds", String.valueOf(folds));
        map.put("bootstrapResamples", String.valueOf(bootstrapResamples));
        return map;
    }
}
