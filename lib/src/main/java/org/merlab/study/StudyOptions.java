package org.merlab.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.merlab.notebook.Params;
import org.merlab.prep.Protocol;
import org.merlab.train.TrainConfig;

/**
 * Settings of a {@link PaperStudy}; validates itself.
 *
 * @param segmentCounts      segmentations to run, N (the paper: 10 and 20)
 * @param protocols          protocols to run, in table order
 * @param seed               the one seed: split and SMOTE (via {@link Protocol}), weight init, shuffling, dropout,
 *                           bootstrap and baselines all take it
 * @param training           epochs, batch size, RMSprop rate, plateau and early-stopping settings
 * @param network            the network to train
 * @param bootstrapResamples resamples of the track bootstrap behind every 95% interval, at least 1
 * @param baselines          whether to run the Smile baselines on each split
 * @param folds              folds of the cross-validated evaluation ({@link PaperStudy#crossValidate}), 0 for the
 *                           single paper-shaped split only
 * @param cvProtocols        the protocols that are also cross-validated, each one of {@code protocols}: the paper
 *                           study cross-validates only the honest one, since the published protocol's folds leak as its
 *                           split does and only multiply its cost
 */
public record StudyOptions(List<Integer> segmentCounts, List<Protocol> protocols, long seed, TrainConfig training,
                           NetworkFactory network, int bootstrapResamples, boolean baselines, int folds,
                           List<Protocol> cvProtocols) {

    /** The paper's two segmentations. */
    public static final List<Integer> PAPER_SEGMENTS = List.of(10, 20);
    /** Epochs of a full run (early stopping usually ends it sooner) and of a smoke run. */
    public static final int FULL_EPOCHS = 60;
    public static final int SMOKE_EPOCHS = 2;
    /** Resamples of the track bootstrap (full and smoke runs alike: it costs little beside training). */
    public static final int BOOTSTRAP_RESAMPLES = 1000;
    /**
     * Folds of the cross-validated evaluation in a full and in a smoke run. A smoke run checks the pipeline in about
     * a minute, which 2 folds of every N x protocol do not fit; {@code MERLAB_FOLDS=2} (or {@code --folds 2}) runs
     * them on smoke data.
     */
    public static final int FULL_FOLDS = 5;
    public static final int SMOKE_FOLDS = 0;

    public StudyOptions {
        segmentCounts = List.copyOf(segmentCounts);
        protocols = List.copyOf(protocols);
        cvProtocols = List.copyOf(cvProtocols);
        if (segmentCounts.isEmpty() || segmentCounts.stream().anyMatch(n -> n < 1)) {
            throw new StudyException("segment counts must be a non-empty list of positive numbers, got "
                    + segmentCounts);
        }
        if (protocols.isEmpty()) {
            throw new StudyException("at least one protocol is needed");
        }
        if (training == null || network == null) {
            throw new StudyException("training settings and network factory must be given");
        }
        if (bootstrapResamples < 1) {
            throw new StudyException("bootstrap resamples must be at least 1, got " + bootstrapResamples);
        }
        if (!protocols.containsAll(cvProtocols)) {
            throw new StudyException("cross-validated protocols " + cvProtocols + " must be among the protocols run, "
                    + protocols);
        }
        if (folds == 1 || folds < 0) {
            throw new StudyException("folds must be 0 (no cross-validation) or at least 2, got " + folds);
        }
    }

    /**
     * The paper's study: N in {10, 20}, published then honest protocol, the CNN-LSTM with
     * {@link TrainConfig#defaults()} for {@code epochs} epochs, 1000 bootstrap resamples, baselines on,
     * {@value #FULL_FOLDS}-fold cross-validation of the honest protocol beside the single split.
     */
    public static StudyOptions paper(long seed, int epochs) {
        return new StudyOptions(PAPER_SEGMENTS, List.of(Protocol.PUBLISHED, Protocol.HONEST), seed,
                TrainConfig.defaults().withEpochs(epochs), NetworkFactory.CNN_LSTM, BOOTSTRAP_RESAMPLES, true,
                FULL_FOLDS, List.of(Protocol.HONEST));
    }

    /**
     * {@link #paper} with the notebook parameters' seed and epochs ({@value #FULL_EPOCHS}, smoke
     * {@value #SMOKE_EPOCHS}) and folds ({@value #FULL_FOLDS}, smoke {@value #SMOKE_FOLDS}).
     */
    public static StudyOptions from(Params params) {
        return paper(params.seed(), params.epochs(FULL_EPOCHS, SMOKE_EPOCHS))
                .withFolds(params.folds(FULL_FOLDS, SMOKE_FOLDS));
    }

    public StudyOptions withSegmentCounts(List<Integer> value) {
        return new StudyOptions(value, protocols, seed, training, network, bootstrapResamples, baselines, folds,
                cvProtocols);
    }

    /** These protocols; the cross-validated ones stay those of them that were cross-validated. */
    public StudyOptions withProtocols(List<Protocol> value) {
        return new StudyOptions(segmentCounts, value, seed, training, network, bootstrapResamples, baselines, folds,
                cvProtocols.stream().filter(value::contains).toList());
    }

    public StudyOptions withTraining(TrainConfig value) {
        return new StudyOptions(segmentCounts, protocols, seed, value, network, bootstrapResamples, baselines, folds,
                cvProtocols);
    }

    public StudyOptions withNetwork(NetworkFactory value) {
        return new StudyOptions(segmentCounts, protocols, seed, training, value, bootstrapResamples, baselines, folds,
                cvProtocols);
    }

    public StudyOptions withBootstrapResamples(int value) {
        return new StudyOptions(segmentCounts, protocols, seed, training, network, value, baselines, folds,
                cvProtocols);
    }

    public StudyOptions withBaselines(boolean value) {
        return new StudyOptions(segmentCounts, protocols, seed, training, network, bootstrapResamples, value, folds,
                cvProtocols);
    }

    public StudyOptions withFolds(int value) {
        return new StudyOptions(segmentCounts, protocols, seed, training, network, bootstrapResamples, baselines,
                value, cvProtocols);
    }

    public StudyOptions withCvProtocols(List<Protocol> value) {
        return new StudyOptions(segmentCounts, protocols, seed, training, network, bootstrapResamples, baselines, folds,
                value);
    }

    /** The settings as text, for provenance records. */
    public Map<String, String> describe() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("segments", segmentCounts.toString());
        map.put("protocols", protocols.toString());
        map.put("epochs", String.valueOf(training.epochs()));
        map.put("batchSize", String.valueOf(training.batchSize()));
        map.put("learningRate", String.valueOf(training.learningRate()));
        map.put("plateau", training.plateau().toString());
        map.put("earlyStoppingPatience", String.valueOf(training.earlyStoppingPatience()));
        map.put("lastBatch", training.lastBatch().toString());
        map.put("batchNormStatistics", training.batchNorm().toString());
        map.put("nativeHelpers", String.valueOf(training.nativeHelpers()));
        map.put("bootstrapResamples", String.valueOf(bootstrapResamples));
        map.put("baselines", String.valueOf(baselines));
        map.put("folds", String.valueOf(folds));
        map.put("cvProtocols", cvProtocols.toString());
        return map;
    }
}
