package org.merlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.merlab.eval.CvScores;
import org.merlab.eval.ScoreRow;
import org.merlab.eval.Metric;
import org.merlab.prep.Protocol;

class PaperStudyTest {

    private static StudyResult result;

    @BeforeAll
    static void runStudy() {
        result = StudyFixtures.result();
        System.out.println(result);
    }

    @Test
    void runsEverySegmentationUnderBothProtocols() {
        assertEquals(4, result.runs().size());
        assertEquals("n6-honest", result.run(6, Protocol.HONEST).tag());
        assertThrows(StudyException.class, () -> result.run(20, Protocol.HONEST));
    }

    /**
     * Labels carry no information beyond track identity, so only the leaky protocol, whose test segments have
     * near-duplicate siblings in training, can score well above chance (1/3); the honest one cannot.
     */
    @Test
    void publishedBeatsHonestWhenSegmentsOfATrackAreNearDuplicates() {
        for (int n : new int[] {3, 6}) {
            StudyRun published = result.run(n, Protocol.PUBLISHED);
            StudyRun honest = result.run(n, Protocol.HONEST);
            assertTrue(published.segmentLevel().accuracy() > 0.8, published.toString());
            assertTrue(honest.segmentLevel().accuracy() < 0.65, honest.toString());
            assertTrue(published.trackLevel().accuracy() > honest.trackLevel().accuracy() + 0.2,
                    published + "\n" + honest);
        }
    }

    @Test
    void leakageIsCountedOnlyUnderThePublishedProtocol() {
        StudyRun published = result.run(6, Protocol.PUBLISHED);
        StudyRun honest = result.run(6, Protocol.HONEST);
        assertTrue(published.leakage().testRowsWithTrainSibling() > 0);
        assertTrue(published.counts().syntheticTest() > 0, "SMOTE before the split puts synthetic rows in test");
        assertEquals(0, honest.leakage().testRowsWithTrainSibling());
        assertEquals(0, honest.counts().syntheticTest());
        assertTrue(honest.counts().syntheticTrain() > 0, "SMOTE balances the honest training part");
    }

    @Test
    void publishedTrackLevelCountsRealTracksOnly() {
        StudyRun published = result.run(6, Protocol.PUBLISHED);
        int realTestRows = published.leakage().testRows() - published.leakage().syntheticTestRows();
        assertEquals(realTestRows, published.realRows().truth().length);
        assertEquals(published.leakage().testRows(), published.segmentLevel().truth().length);
        assertTrue(published.trackLevel().truth().length < realTestRows, "segments pool into fewer tracks");
        StudyRun honest = result.run(6, Protocol.HONEST);
        assertSame(honest.segmentLevel(), honest.realRows());
    }

    @Test
    void everyEvaluationHasIntervalsAndHistoryAndBaselines() {
        for (StudyRun run : result.runs()) {
            assertTrue(run.segmentLevel().confidence().get(Metric.ACCURACY).contains(run.segmentLevel().accuracy()));
            assertTrue(run.trackLevel().confidence().containsKey(Metric.ACCURACY));
            assertTrue(run.history().epochs().size() >= 1 && run.secondsPerEpoch() > 0);
            assertEquals(5, run.baselines().size());
        }
    }

    @Test
    void classCountsShowSmoteBalancing() {
        ClassCounts published = result.run(3, Protocol.PUBLISHED).counts();
        assertEquals(Arrays.toString(new int[] {90, 120, 150}), Arrays.toString(published.before()));
        int[] total = new int[3];
        for (int c = 0; c < 3; c++) {
            total[c] = published.train()[c] + published.validation()[c] + published.test()[c];
        }
        assertEquals(Arrays.toString(new int[] {150, 150, 150}), Arrays.toString(total));
        int[] honestTrain = result.run(3, Protocol.HONEST).counts().train();
        assertEquals(honestTrain[0], honestTrain[2]);
    }

    @Test
    void tooFewTracksForAValidationPartIsNamed() {
        var fourPerClass = org.merlab.testing.SyntheticTracks.generate(new int[] {4, 4}, 3, 12, 0, 1, 0.05, 3);
        var e = assertThrows(StudyException.class,
                () -> PaperStudy.runOne(fourPerClass, 3, Protocol.HONEST, StudyFixtures.options()));
        assertEquals("the validation part of N=3 HONEST is empty: 8 tracks are too few for a 70/15/15 split by class",
                e.getMessage());
    }

    @Test
    void rejectsAMissingTableAndSmoteRows() {
        assertThrows(StudyException.class, () -> PaperStudy.run(Map.of(3, StudyFixtures.identityTable(3, 1)),
                StudyFixtures.options()));
        var smoted = PaperStudy.split(StudyFixtures.identityTable(4, 1), Protocol.PUBLISHED, 1).train();
        var e = assertThrows(StudyException.class,
                () -> PaperStudy.runOne(smoted, 4, Protocol.HONEST, StudyFixtures.options()));
        assertTrue(e.getMessage().contains("N=4"), e.getMessage());
    }

    /**
     * Cross-validated, the identity data tell the protocols apart as the single split does: no honest fold shares a
     * track with its training part, almost every published test row does, and only the leaking protocol puts the
     * network far above the majority-class row.
     */
    @Test
    void crossValidationScoresEveryModelBesideChanceWithoutHonestLeakage() {
        assertEquals(4, result.cv().size());
        for (CvRun run : result.cv()) {
            assertEquals(5, run.leakage().size());
            for (var fold : run.leakage()) {
                if (run.protocol() == Protocol.HONEST) {
                    assertEquals(0, fold.leakedShare(), run.tag());
                } else {
                    assertTrue(fold.leakedShare() > 0.9, run.tag() + " " + fold);
                }
            }
            assertEquals(PaperStudy.NETWORK, run.models().getFirst().model());
            var models = run.scores().stream().filter(r -> r.level().equals(CvScores.SEGMENT))
                    .map(ScoreRow::model).toList();
            assertTrue(models.containsAll(List.of(PaperStudy.NETWORK, CvScores.MAJORITY, CvScores.CHANCE)), "" + models);
            assertFalse(run.comparisons().isEmpty());
            assertFalse(run.strongestBaseline().isEmpty());
        }
        CvRun published = result.cv().stream().filter(r -> r.protocol() == Protocol.PUBLISHED).findFirst()
                .orElseThrow();
        assertTrue(accuracy(published, PaperStudy.NETWORK) > accuracy(published, CvScores.MAJORITY) + 0.3);
    }

    private static double accuracy(CvRun run, String model) {
        return run.scores().stream().filter(r -> r.level().equals(CvScores.SEGMENT) && r.model().equals(model))
                .findFirst().orElseThrow().values().get(Metric.ACCURACY);
    }
}
