package org.merlab.study.sequence;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.merlab.train.EpochStats;

/**
 * The three log-mel sequence learners of notebook 06 over one table's frames, in {@link SequenceModel} order, each
 * cross-validated on the honest folds of the N-segment table like any other model:
 *
 * <pre>{@code
 * SequenceSettings settings = SequenceSettings.DEFAULT.withEpochs(p.epochs(40, 2));
 * SegmentFrames frames = SegmentFrames.load(data, n, settings, repoRoot.resolve(FeatureTables.DEFAULT_CACHE), 2);
 * FoldSet folds = Protocol.HONEST.folds(tables.get(n), FoldOptions.DEFAULT.withFolds(5), seed);
 * for (SequenceLearner learner : SegmentSequenceLearners.all(frames, settings, Trainer.STDERR)) {
 *     OutOfFold pooled = CrossValidation.run(folds, learner.unit("honest", n, seed), learner, store);
 * }
 * }</pre>
 */
public final class SegmentSequenceLearners {

    private SegmentSequenceLearners() {
    }

    /** LSTM, Transformer encoder and CRNN, each a {@link SequenceLearner} over {@code frames}. */
    public static List<SequenceLearner> all(SegmentFrames frames, SequenceSettings settings,
                                            Consumer<EpochStats> progress) {
        return Arrays.stream(SequenceModel.values())
                .map(m -> new SequenceLearner(m, frames, settings, progress)).toList();
    }
}
