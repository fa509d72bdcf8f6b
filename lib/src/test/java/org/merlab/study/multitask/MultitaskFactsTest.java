package org.merlab.study.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.TargetScores;
import org.merlab.features.FeatureMaps;
import org.merlab.notebook.Params;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.Grouping;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Smote;

class MultitaskFactsTest {

    @TempDir
    Path repo;

    @Test
    void statesTheDataTheFoldsAndEveryScore() {
        var clips = SyntheticClips.of(6, 2, 5);
        var settings = new Settings(2, 1, 1, 4, 1.0, 0.5, 3, new BootstrapOptions(10, 1));
        var fit = new CrossFit(clips, settings, line -> { });
        var lstm = new Variant(Variant.Model.LSTM, FeatureMaps.Input.MEL, false);
        var classification = MultitaskTables.classification(List.of(fit.classify(lstm)));
        var mean = fit.regress(lstm, CrossFit.Method.MEAN);
        var regression = TargetScores.table("r", MultitaskTables.scores(clips, List.of(mean), settings.bootstrap()));
        var p = Params.from(Map.of("MERLAB_SMOKE", "1"), repo);
        var facts = MultitaskFacts.of(p, clips, fit.folds(), classification, regression).facts();
        assertEquals(clips.size(), facts.get("multitask.clips"));
        assertEquals(2, facts.get("multitask.folds"));
        assertEquals(0, facts.get("multitask.groupsInTestAndTraining"));
        assertEquals(classification.doubleColumn("accuracy").get(0),
                (double) facts.get("genre." + lstm.name() + ".accuracy"), 1e-12);
        assertTrue(facts.keySet().stream().anyMatch(k -> k.startsWith("regression.") && k.endsWith(".level.mse")),
                facts.keySet().toString());
    }

    @Test
    void countsGroupsATestPartSharesWithTraining() {
        int n = 40;
        double[][] x = new double[n][];
        int[] y = new int[n];
        String[] group = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i, i % 3};
            y[i] = i / 4 % 2;
            group[i] = "artist" + i / 4;
        }
        var samples = new Samples(x, y, group, List.of("a", "b"));
        var options = new FoldOptions(2, 0.2, Smote.DEFAULT_K, Grouping.TRACK);
        assertEquals(0, MultitaskFacts.groupsInTestAndTraining(Protocol.HONEST.folds(samples, options, 1)));
        assertTrue(MultitaskFacts.groupsInTestAndTraining(Protocol.PUBLISHED.folds(samples, options, 1)) > 0);
    }
}
