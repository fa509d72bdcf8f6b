package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.eval.BootstrapOptions;
import org.merlab.notebook.Params;

class VaFactsTest {

    @TempDir
    Path repo;

    @Test
    void statesTheDataTheFoldsAndEveryScore() {
        var p = Params.from(Map.of("MERLAB_SMOKE", "1"), repo);
        var source = new VaSource(VaSource.EMBEDDED, repo, VaSource.Layout.VGMIDI, "stand-in");
        var scores = VaTables.scores(VaTablesTest.RUN, VaGrid.STEP, BootstrapOptions.NONE);
        var fourQ = new FourQSource(repo, 0, "4Q from a copy");
        var quadrants = VaTables.quadrants(VaTablesTest.RUN, VaTablesTest.LABELS, BootstrapOptions.NONE);
        var facts = VaFacts.of(p, source, VaTablesTest.RUN, scores, fourQ, quadrants).facts();
        assertEquals(true, facts.get("va.standIn"));
        assertEquals(VaTablesTest.RUN.pieces().size(), facts.get("va.pieces"));
        assertEquals(2, facts.get("va.folds"));
        assertEquals(0, facts.get("va.gamesInSeveralTestFolds"));
        assertEquals(VaTablesTest.value(scores, "lstm", "arousal", "rmse"),
                (double) facts.get("va.scores.lstm.arousal.step.rmse.value"), 1e-12);
        assertEquals(VaTablesTest.value(scores, VaRun.STATIC, "valence", "rmse"),
                (double) facts.get("va.scores.static-ridge.valence.step.rmse.value"), 1e-12);
        assertEquals(VaTablesTest.RUN.staticPenalties()[1][0], facts.get("va.staticPenalty.valence.fold2"));
        assertEquals(true, facts.get("va.4q.checked"));
        assertEquals(quadrants.doubleColumn("accuracy").get(0), facts.get("va.4q.lstm.scale-midpoint.accuracy"));
        assertEquals(8, facts.get("va.4q.lstm.training-mean.clips"));
    }

    @Test
    void aSkippedCheckSaysSoAndStatesNoAccuracy() {
        var p = Params.from(Map.of("MERLAB_SMOKE", "1"), repo);
        var source = new VaSource(VaSource.EMBEDDED, repo, VaSource.Layout.VGMIDI, "stand-in");
        var scores = VaTables.scores(VaTablesTest.RUN, VaGrid.STEP, BootstrapOptions.NONE);
        var skipped = FourQSource.choose(Map.of(), repo, true);
        var facts = VaFacts.of(p, source, VaTablesTest.RUN, scores, skipped,
                VaTables.quadrants(VaTablesTest.RUN, List.of(), BootstrapOptions.NONE)).facts();
        assertEquals(false, facts.get("va.4q.checked"));
        assertTrue(facts.keySet().stream().noneMatch(k -> k.endsWith(".accuracy")), facts.keySet().toString());
    }

    @Test
    void countsAGameTestedInTwoFolds() {
        var run = VaTablesTest.RUN;
        int[] folds = run.foldOfPiece().clone();
        String game = run.pieces().get(0).group();
        for (int i = 1; i < folds.length; i++) {
            if (run.pieces().get(i).group().equals(game)) {
                folds[i] = 1 - folds[0];
                break;
            }
        }
        var leaky = new VaRun(run.pieces(), folds, run.predictions(), run.meanBaseline(), run.staticBaseline(),
                run.staticPenalties(), run.clipMeans(), run.histories(), run.settings());
        assertEquals(0, VaFacts.gamesInSeveralTestFolds(run));
        assertEquals(1, VaFacts.gamesInSeveralTestFolds(leaky), Arrays.toString(folds));
    }
}
