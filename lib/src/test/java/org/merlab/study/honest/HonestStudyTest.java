package org.merlab.study.honest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.merlab.baselines.Baseline;
import org.merlab.baselines.Baselines;
import org.merlab.eval.CvScores;
import org.merlab.eval.Metric;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.PairedComparison;
import org.merlab.prep.Samples;
import org.merlab.study.StudyException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HonestStudy} on {@link HonestFixture}'s tracks: which models run, on which rows, paired against what. */
class HonestStudyTest {

    @Test
    void everyModelOnTheSameRowsPairedAgainstTheTwentyEightFeatureForest() {
        HonestCell cell = HonestFixture.run();
        assertEquals(List.of(HonestStudy.REFERENCE, "RANDOM_FOREST-rich", "LOGISTIC_REGRESSION-rich",
                "GEMS_RIDGE-rich"), cell.models().stream().map(OutOfFold::model).toList());
        assertEquals(30, cell.tracks());
        assertEquals(3 * Metric.values().length * 2, cell.comparisons().size(), "3 models, every metric, 2 levels");
        assertTrue(cell.comparisons().stream().allMatch(c -> c.modelB().equals(HonestStudy.REFERENCE)));
        assertEquals(9, cell.shares().size(), "one row per GEMS emotion");
        assertTrue(cell.scores().stream().anyMatch(r -> r.model().equals(CvScores.MAJORITY)));
        double reference = trackAccuracy(cell, HonestStudy.REFERENCE);
        double rich = trackAccuracy(cell, "RANDOM_FOREST-rich");
        assertTrue(rich > reference, "the rich features separate the classes: " + rich + " vs " + reference);
        PairedComparison c = cell.comparisons().stream().filter(p -> p.modelA().equals("RANDOM_FOREST-rich")
                && p.level().equals(CvScores.TRACK) && p.metric() == Metric.ACCURACY).findFirst().orElseThrow();
        assertEquals(rich - reference, c.difference(), 1e-12);
        assertTrue(c.mcnemar().isPresent());
    }

    @Test
    void anExtraLearnerJoinsOnItsOwnTableIfItHoldsTheSameRows() {
        ExtraLearner logistic = new ExtraLearner("EXTRA", HonestFixture.PAPER,
                Baselines.learner(Baseline.LOGISTIC_REGRESSION), Map.of("what", "test"));
        HonestCell cell = HonestStudy.run(HonestFixture.inputs(), HonestFixture.OPTIONS, List.of(logistic),
                Optional.empty());
        assertEquals("EXTRA", cell.models().getLast().model());

        Samples fewer = HonestFixture.PAPER.subset(IntStream.range(4, HonestFixture.PAPER.size()).toArray());
        ExtraLearner other = new ExtraLearner("OTHER", fewer, Baselines.learner(Baseline.KNN), Map.of());
        StudyException e = assertThrows(StudyException.class, () -> HonestStudy.run(HonestFixture.inputs(),
                HonestFixture.OPTIONS, List.of(other), Optional.empty()));
        assertTrue(e.getMessage().contains("OTHER"), e.getMessage());
    }

    @Test
    void inputsKeepOnlyTheTracksTheRichBuildKept() {
        Samples rich = HonestFixture.RICH.subset(IntStream.range(8, HonestFixture.RICH.size()).toArray());
        HonestStudy.Inputs in = new HonestStudy.Inputs(4, HonestFixture.PAPER, rich, HonestFixture.shares());
        assertEquals(rich.size(), in.paper().size());
        assertEquals(List.of(rich.group()), List.of(in.paper().group()));
    }

    @Test
    void aMissingNIsNamed() {
        StudyException e = assertThrows(StudyException.class, () -> HonestStudy.run(Map.of(),
                HonestFixture.OPTIONS, Map.of(), Optional.empty()));
        assertTrue(e.getMessage().contains("N=4"), e.getMessage());
    }

    static double trackAccuracy(HonestCell cell, String model) {
        return cell.scores().stream().filter(r -> r.level().equals(CvScores.TRACK) && r.model().equals(model))
                .findFirst().orElseThrow().values().get(Metric.ACCURACY);
    }
}
