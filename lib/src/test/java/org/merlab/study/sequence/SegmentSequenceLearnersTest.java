package org.merlab.study.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentSequenceLearnersTest {

    @Test
    void givesTheThreeModelsInOrderOverTheSameFrames() {
        SegmentFrames frames = SequenceToys.labelled(3, 2).frames();
        List<SequenceLearner> all = SegmentSequenceLearners.all(frames, SequenceToys.SETTINGS, stats -> { });
        assertEquals(List.of("logmel-lstm", "logmel-transformer", "logmel-crnn"),
                all.stream().map(SequenceLearner::name).toList());
        all.forEach(l -> assertEquals(frames, l.frames()));
    }
}
