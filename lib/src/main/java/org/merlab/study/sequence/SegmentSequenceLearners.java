package org.merlab.study.sequence;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.merlab.train.EpochStats;

/** The three log-mel sequence learners of notebook 06 over one table's frames, in {@link SequenceModel} order. */
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
