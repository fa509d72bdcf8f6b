package org.merlab.study.sequence;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.merlab.data.FeatureTables;
import org.merlab.prep.Samples;
import org.merlab.study.StudyData;
import org.merlab.study.honest.ExtraLearner;
import org.merlab.train.EpochStats;

/**
 * The three log-mel sequence learners of notebook 06 over one table's frames, in {@link SequenceModel} order, each
 * cross-validated on the honest folds of the N-segment table like any other model ({@link #extraLearners}).
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

    /**
     * The three learners as notebook 06's extra learners at N = {@code segments}: {@code data}'s log-mel frames
     * (cached under {@code repoRoot/}{@link FeatureTables#DEFAULT_CACHE}, on all processors), each learner on the
     * rows of {@code table}, the N-segment 28-feature table whose folds every model shares. The learners' steps are
     * the frames' ({@link SegmentFrames#load}: fewer than {@code settings.steps()} for segments that short).
     */
    public static List<ExtraLearner> extraLearners(StudyData data, int segments, Samples table,
                                                   SequenceSettings settings, Path repoRoot,
                                                   Consumer<EpochStats> progress) {
        SegmentFrames frames = SegmentFrames.load(data, segments, settings,
                repoRoot.resolve(FeatureTables.DEFAULT_CACHE), Runtime.getRuntime().availableProcessors());
        return all(frames, settings.withSteps(frames.steps()), progress).stream()
                .map(l -> new ExtraLearner(l.name(), table, l, l.parameters())).toList();
    }
}
