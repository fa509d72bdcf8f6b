package org.merlab.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.ModelCard;
import org.merlab.bundle.SegmentRecipe;
import org.merlab.eval.CvScores;
import org.merlab.eval.Metric;
import org.merlab.eval.ScoreRow;
import org.merlab.features.FixedSegments;
import org.merlab.features.PaperFeatures;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.StandardScaler;
import org.merlab.testing.SyntheticTracks;
import org.merlab.train.ReduceLrOnPlateau;
import org.merlab.train.TrainConfig;

class PaperBundleTest {

    private static final FixedSegments LAYOUT = FixedSegments.of(3);
    private static final BundleOptions OPTIONS = BundleOptions.paper(LAYOUT, 5, 10)
            .withNetwork(StudyFixtures.TINY, "tiny test network")
            .withTraining(new TrainConfig(10, 32, 1e-2, ReduceLrOnPlateau.off(), 10))
            .withFolds(3).withBootstrapResamples(100);

    private static Samples table;
    private static ModelBundle bundle;

    /** 60 tracks of 4 segments with 28 features whose class means differ: a model can beat the majority class. */
    @BeforeAll
    static void train() {
        table = SyntheticTracks.generate(new int[] {15, 20, 25}, 4, PaperFeatures.SIZE, 1.5, 1, 0.3, 9);
        bundle = PaperBundle.train(table, "embedded", "sha256:ab", Map.of("data", "test"), OPTIONS, s -> { });
    }

    @Test
    void theBundleKeepsTheLayoutTheLabelsAndTheTrainingPartsScaler() {
        SegmentRecipe recipe = (SegmentRecipe) bundle.recipe();
        assertEquals(LAYOUT, recipe.segments());
        assertEquals(table.classes(), bundle.labels());
        StandardScaler expected = StandardScaler.fit(Protocol.HONEST.split(table, OPTIONS.seed()).train());
        assertArrayEquals(expected.mean(), recipe.scaler().mean(), 0.0);
        assertArrayEquals(expected.scale(), recipe.scaler().scale(), 0.0);
        assertEquals(5, bundle.provenance().seed());
        assertEquals("sha256:ab", bundle.provenance().datasetFingerprint());
    }

    @Test
    void theCardHasHeldOutAndCrossValidatedScoresBesideTheMajorityClass() {
        ModelCard card = bundle.card();
        assertEquals(List.of(PaperBundle.HELD_OUT, PaperBundle.CROSS_VALIDATED),
                card.evaluations().stream().map(ModelCard.Scores::name).toList());
        ModelCard.Scores heldOut = card.evaluations().getFirst();
        int testTracks = Integer.parseInt(card.training().get("testTracks"));
        ScoreRow network = heldOut.row(PaperStudy.NETWORK, CvScores.TRACK).orElseThrow();
        assertEquals(testTracks, network.rows());
        assertEquals(testTracks, heldOut.row(CvScores.MAJORITY, CvScores.TRACK).orElseThrow().rows());
        assertTrue(network.intervals().containsKey(Metric.ACCURACY));
        ScoreRow cv = card.evaluations().getLast().row(PaperStudy.NETWORK, CvScores.TRACK).orElseThrow();
        assertEquals(60, cv.rows(), "every track scored once out of fold");
        assertTrue(card.evaluations().getLast().row(CvScores.CHANCE, CvScores.TRACK).isPresent());
        assertEquals(60, card.tracks());
        assertEquals(240, card.segments());
        assertEquals(Map.of("class0", 15, "class1", 20, "class2", 25), card.tracksPerLabel());
        assertEquals("10", card.training().get("epochs"));
    }

    @Test
    void theLimitsSayTheDataIsSyntheticAndWhatTheNumbersShow() {
        List<String> limits = bundle.card().limits();
        assertTrue(limits.getFirst().contains("knows only synthetic music"), limits.toString());
        ModelCard.Scores cv = bundle.card().evaluations().getLast();
        double accuracy = cv.row(PaperStudy.NETWORK, CvScores.TRACK).orElseThrow().values().get(Metric.ACCURACY);
        double low = cv.row(PaperStudy.NETWORK, CvScores.TRACK).orElseThrow().intervals().get(Metric.ACCURACY).low();
        double majority = cv.row(CvScores.MAJORITY, CvScores.TRACK).orElseThrow().values().get(Metric.ACCURACY);
        assertTrue(low > majority, "separable classes: the model beats the majority class, " + low + " vs "
                + majority);
        assertTrue(limits.stream().anyMatch(l -> l.contains(String.format("track accuracy is %.3f", accuracy))
                && l.endsWith("above that reference.")), limits.toString());
        assertTrue(limits.getLast().contains("3.0 s segments (hop 3.0 s)"), limits.toString());
    }

    @Test
    void realDataGetsTheEmotifyLimitsInstead() {
        List<String> limits = PaperBundle.limits("emotify-dev", LAYOUT, table, bundle.card().evaluations());
        assertTrue(limits.stream().anyMatch(l -> l.contains("near chance on Emotify")), limits.toString());
        assertTrue(limits.stream().noneMatch(l -> l.contains("synthetic")), limits.toString());
    }

    @Test
    void tooFewTracksForAValidationAndATestPartIsAClearError() {
        Samples few = SyntheticTracks.generate(new int[] {2, 2}, 3, PaperFeatures.SIZE, 1, 1, 0.1, 1);
        String message = assertThrows(RuntimeException.class, () -> PaperBundle.train(few, "embedded", "x", Map.of(),
                OPTIONS.withFolds(0), s -> { })).getMessage();
        assertTrue(message.contains("too few"), message);
    }
}
