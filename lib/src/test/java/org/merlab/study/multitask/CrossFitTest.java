package org.merlab.study.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.merlab.data.MapFeatures;
import org.merlab.eval.BootstrapOptions;
import org.merlab.features.FeatureMaps;

class CrossFitTest {

    private static final Settings SETTINGS = new Settings(2, 2, 2, 4, 1.0, 0.5, 3, new BootstrapOptions(20, 1));
    private static final Variant CNN = new Variant(Variant.Model.CNN, FeatureMaps.Input.FUSED, true);
    private static final Variant LSTM = new Variant(Variant.Model.LSTM, FeatureMaps.Input.MEL, false);

    private final Clips clips = SyntheticClips.of(8, 3, 7);
    private final List<String> log = new ArrayList<>();
    private final CrossFit fit = new CrossFit(clips, SETTINGS, log::add);

    @Test
    void classificationPredictsEveryClipOnceOutOfFold() {
        var run = fit.classify(LSTM);
        assertEquals(clips.size(), run.probabilities().length);
        for (double[] p : run.probabilities()) {
            assertEquals(1, Arrays.stream(p).sum(), 1e-5);
        }
        assertEquals(clips.size(), run.evaluation().truth().length);
        assertEquals(2, log.size());
        assertTrue(run.cost().epochs() >= 2, run.cost().toString());
        assertEquals(1, MultitaskTables.classification(List.of(run)).rowCount());
    }

    @Test
    void meanPredictorPredictsTheTrainingFoldsMean() {
        var run = fit.regress(CNN, CrossFit.Method.MEAN);
        for (var fold : fit.folds().folds()) {
            int[] train = Arrays.stream(fold.train().x()).mapToInt(r -> (int) r[0]).toArray();
            double mean = Arrays.stream(train).mapToDouble(i -> clips.targets()[i][1]).average().orElseThrow();
            for (double[] row : fold.test().x()) {
                assertEquals(mean, run.predictions()[(int) row[0]][1], 1e-9);
            }
        }
    }

    @Test
    void multitaskLogsItsLogVariancesEveryEpochOfEveryFold() {
        var run = fit.regress(CNN, CrossFit.Method.MULTITASK);
        assertEquals(SETTINGS.folds(), run.logVariances().size());
        for (var fold : run.logVariances()) {
            assertEquals(2, fold.get(0).length);
            assertNotEquals(0.0, fold.get(0)[0]);
        }
        var table = MultitaskTables.logVariances(clips, run);
        assertEquals(run.logVariances().stream().mapToInt(List::size).sum(), table.rowCount());
        assertEquals(Math.exp(-table.doubleColumn("s_level").get(0)), table.doubleColumn("w_level").get(0), 1e-12);
    }

    @Test
    void transferAndSpearmanRegressorsArePairedOnEveryClip() {
        var transfer = fit.regress(LSTM, CrossFit.Method.TRANSFER);
        var spearman = fit.regress(LSTM, CrossFit.Method.MSE_SPEARMAN);
        for (double[] row : transfer.predictions()) {
            assertTrue(Arrays.stream(row).allMatch(Double::isFinite));
        }
        var scores = MultitaskTables.scores(clips, List.of(transfer, spearman), SETTINGS.bootstrap());
        assertEquals(4, scores.size());
        var paired = MultitaskTables.paired(clips, transfer, spearman, SETTINGS.bootstrap());
        assertEquals(List.of("level", "tone"), paired.stream().map(p -> p.target()).toList());
        assertEquals("lstm-mel-frames transfer", transfer.name());
    }

    @Test
    void crossDataTransferPretrainsOnceOnTheGenreSetFittedToTheRegressionLength() {
        // a genre set of other clips, half as long (20 frames: tiled to the regression clips' 40), four genres
        var genreSet = SyntheticClips.of(6, 4, 11, 20);
        var cross = new CrossFit(clips, Optional.of(genreSet), SETTINGS, log::add);
        var run = cross.regress(LSTM, CrossFit.Method.CROSS_TRANSFER);
        assertEquals("lstm-mel-frames cross-data transfer", run.name());
        for (double[] row : run.predictions()) {
            assertTrue(Arrays.stream(row).allMatch(Double::isFinite));
        }
        int frames = LSTM.maps(clips, SETTINGS.step())[0][0].length;
        var pre = cross.pretrained(LSTM).orElseThrow();
        assertEquals(frames, pre.frames());
        assertEquals(4, pre.classifier().output(org.nd4j.linalg.factory.Nd4j.zeros(1, MapFeatures.N_MELS, frames))
                .columns());
        int heldOut = pre.heldOut().truth().length;
        assertTrue(heldOut > 0 && heldOut < genreSet.size(), "held out " + heldOut);
        assertEquals(1, log.stream().filter(l -> l.contains("genre trunk on embedded")).count(), log.toString());
        assertTrue(run.cost().epochs() > pre.cost().epochs(), run.cost() + " vs " + pre.cost());
    }

    @Test
    void crossDataTransferWithoutAGenreSetIsRefused() {
        assertTrue(fit.pretrained(LSTM).isEmpty());
        var e = assertThrows(IllegalStateException.class, () -> fit.regress(LSTM, CrossFit.Method.CROSS_TRANSFER));
        assertEquals("cross-data transfer needs a separate genre set, and this run has none", e.getMessage());
    }
}
