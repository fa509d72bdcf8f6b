package org.merlab.study.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.FeatureTables;
import org.merlab.data.Gems;
import org.merlab.data.LoadedDataset;
import org.merlab.prep.Samples;
import org.merlab.study.StudyData;
import org.merlab.study.honest.ExtraLearner;
import org.merlab.testing.ToneTracks;

class SegmentSequenceLearnersTest {

    @TempDir
    Path tmp;

    @Test
    void givesTheThreeModelsInOrderOverTheSameFrames() {
        SegmentFrames frames = SequenceToys.labelled(3, 2).frames();
        List<SequenceLearner> all = SegmentSequenceLearners.all(frames, SequenceToys.SETTINGS, stats -> { });
        assertEquals(List.of("logmel-lstm", "logmel-transformer", "logmel-crnn"),
                all.stream().map(SequenceLearner::name).toList());
        all.forEach(l -> assertEquals(frames, l.frames()));
    }

    @Test
    void extraLearnersReadTheGivenTableAndPoolToAtMostTheShortestSegmentsFrames() throws Exception {
        StudyData data = new StudyData(new LoadedDataset<>("t", List.of(
                ToneTracks.write(tmp, 1, Gems.SADNESS, 220, 3520),
                ToneTracks.write(tmp, 2, Gems.CALMNESS, 3520, 3520)), List.of()), tmp, "sha256:x", 0);
        Samples table = data.segments(2, null, 1).samples();
        SequenceSettings settings = new SequenceSettings(32, 400, 3, 1, 2); // 1 s segments have about 44 frames
        Path repo = tmp.resolve("repo");

        List<ExtraLearner> extra = SegmentSequenceLearners.extraLearners(data, 2, table, settings, repo,
                stats -> { });

        assertEquals(List.of("logmel-lstm", "logmel-transformer", "logmel-crnn"),
                extra.stream().map(ExtraLearner::model).toList());
        for (ExtraLearner e : extra) {
            SequenceLearner learner = (SequenceLearner) e.learner();
            assertSame(table, e.table());
            assertEquals(learner.parameters(), e.parameters());
            assertEquals("3", e.parameters().get("epochs"));
            assertEquals(learner.frames().steps(), learner.settings().steps());
            assertTrue(learner.settings().steps() < 400 && learner.settings().steps() >= 40,
                    "pooled to the shortest segment's frames: " + learner.settings().steps());
        }
        try (Stream<Path> cached = Files.list(repo.resolve(FeatureTables.DEFAULT_CACHE))) {
            assertTrue(cached.findAny().isPresent(), "the log-mel frames are cached under the repository");
        }
    }
}
