package org.merlab.baselines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.CvScores;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Metric;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.ResultStore;
import org.merlab.eval.ScoreRow;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.LeakageCheck;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
import org.merlab.prep.SplitFractions;
import org.merlab.prep.Splits;
import org.merlab.testing.Shared;
import org.merlab.testing.SyntheticTracks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselinesTest {

    /** 3 well separated classes, 12 tracks each of 8 segments, 6 features. */
    private static final Samples SEPARABLE = SyntheticTracks.generate(new int[] {12, 12, 12}, 8, 6, 3, 0.3, 0.3, 21);

    @Test
    void everyBaselineLearnsASeparableProblem() {
        Split split = Splits.groupedStratified(SEPARABLE, new SplitFractions(0.7, 0, 0.3), 1);
        List<BaselineResult> results = Baselines.runAll(split.train(), split.test(), 1);
        assertEquals(Baseline.values().length, results.size());
        System.out.println(Baselines.table(results).print());
        for (BaselineResult r : results) {
            assertTrue(r.evaluation().accuracy() > 0.9, r.toString());
            assertEquals(split.test().groups().size(), r.evaluation().trackLevel().orElseThrow().truth().length);
        }
    }

    @Test
    void seedFixesEveryModel() {
        Split split = Splits.groupedStratified(SEPARABLE, new SplitFractions(0.7, 0, 0.3), 2);
        for (Baseline model : Baseline.values()) {
            Evaluation a = Baselines.run(model, split.train(), split.test(), 5).evaluation();
            Evaluation b = Baselines.run(model, split.train(), split.test(), 5).evaluation();
            assertArrayEquals(a.predicted(), b.predicted(), model.name());
            for (int c = 0; c < a.roc().size(); c++) {
                assertEquals(a.roc().get(c).auc(), b.roc().get(c).auc(), model.name());
            }
        }
    }

    @Test
    void everyBaselineGoesThroughTheCrossValidationHarnessAndItsStore(@TempDir Path dir) throws IOException {
        FoldSet folds = Protocol.HONEST.folds(SEPARABLE, FoldOptions.DEFAULT, 1);
        ResultStore store = ResultStore.open(dir, "0123456789abcdef0123456789abcdef01234567", "sha256:planted");
        List<OutOfFold> all = Baselines.crossValidate(folds, "planted", 8, 1, store);
        assertEquals(Baseline.values().length, all.size());
        List<ScoreRow> scores = CvScores.of(all, new BootstrapOptions(200, 1));
        System.out.println(folds.statement() + "\n" + CvScores.table(scores).print());
        double majority = scores.stream().filter(r -> r.model().equals(CvScores.MAJORITY)
                && r.level().equals(CvScores.SEGMENT)).findFirst().orElseThrow().values().get(Metric.ACCURACY);
        for (Baseline model : Baseline.values()) {
            ScoreRow row = scores.stream().filter(r -> r.model().equals(model.name())
                    && r.level().equals(CvScores.SEGMENT)).findFirst().orElseThrow();
            assertTrue(row.values().get(Metric.ACCURACY) > 0.9 && row.values().get(Metric.ACCURACY) > majority + 0.3,
                    row.toString());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(5L * Baseline.values().length, files.filter(p -> p.toString().endsWith(".json")).count());
        }
        List<OutOfFold> again = Baselines.crossValidate(folds, "planted", 8, 1, store);
        for (int m = 0; m < all.size(); m++) {
            assertArrayEquals(new boolean[] {true, true, true, true, true}, again.get(m).restored());
            assertArrayEquals(all.get(m).probabilities(), again.get(m).probabilities());
        }
    }

    @Test
    void aFoldWithoutAClassPredictsItWithProbabilityZero() {
        // one class0 track: the fold that tests it trains on the other two classes only
        Samples data = SyntheticTracks.generate(new int[] {1, 8, 8}, 6, 4, 3, 0.3, 0.3, 5);
        FoldSet folds = Protocol.HONEST.folds(data, FoldOptions.DEFAULT, 2);
        int fold = folds.sparseClasses().getFirst().foldsWithoutTraining().getFirst();
        Split prepared = folds.prepared(fold);
        double[][] p = Baselines.learner(Baseline.LOGISTIC_REGRESSION)
                .fit(prepared.train(), prepared.validation(), 1).probabilities(prepared.test());
        for (double[] row : p) {
            assertEquals(0, row[0]);
            assertEquals(1, row[1] + row[2], 1e-9);
        }
    }

    /**
     * End to end: segments of a track are nearly identical and labels are unrelated to the features except through
     * track identity, so only a model that has seen a test track's siblings can score above chance (1/3).
     */
    @Test
    void publishedProtocolScoresClearlyHigherThanHonestOnTrackIdentity() {
        Samples identity = SyntheticTracks.generate(new int[] {40, 60, 80}, 6, 8, 0, 1, 0.05, 33);
        Split published = Protocol.PUBLISHED.split(identity, 3).standardized();
        Split honest = Protocol.HONEST.split(identity, 3).standardized();
        for (Baseline model : List.of(Baseline.KNN, Baseline.RANDOM_FOREST)) {
            BaselineResult leaky = Baselines.run(model, published.train(), published.test(), 3);
            BaselineResult clean = Baselines.run(model, honest.train(), honest.test(), 3);
            System.out.println("published " + leaky + "\n  " + LeakageCheck.measure(published));
            System.out.println("honest    " + clean + "\n  " + LeakageCheck.measure(honest));
            assertTrue(leaky.evaluation().accuracy() > 0.9, leaky.toString());
            // 27 honest test tracks; the majority class holds 80/180 = 0.44 of them
            assertTrue(clean.evaluation().accuracy() < 0.65, clean.toString());
            assertTrue(leaky.evaluation().accuracy() > clean.evaluation().accuracy() + 0.3);
        }
    }

    /** The 6 Emotify tracks of the librosa reference, cut into 20 segments, genre as the class. */
    @Test
    void runsOnRealPaperFeaturesUnderThePublishedProtocol() throws IOException {
        List<String> lines = Files.readAllLines(
                Shared.path("reference/librosa-0.10.2/paper-features/paper_features_N20.csv"));
        List<String> classes = List.of("classical", "rock", "electronic", "pop");
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double[] row = new double[cells.length - 4];
            for (int j = 0; j < row.length; j++) {
                row[j] = Double.parseDouble(cells[j + 4]);
            }
            x.add(row);
            y.add(classes.indexOf(cells[1]));
            group.add(cells[0]);
        }
        Samples real = new Samples(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                group.toArray(String[]::new), classes);
        assertEquals(28, real.numFeatures());
        Split split = Protocol.PUBLISHED.split(real, 1);
        List<BaselineResult> results = Baselines.runAll(split.train(), split.test(), 1);
        System.out.println("paper features N=20, 6 tracks, published protocol, " + LeakageCheck.measure(split));
        System.out.println(Baselines.table(results).print());
        for (BaselineResult r : results) {
            // every test segment has siblings in training: far above the 1/4 of chance
            assertTrue(r.evaluation().accuracy() > 0.6, r.toString());
        }
    }

    @Test
    void settingsStateWhatEachBaselineRuns() {
        var settings = Baselines.settings();
        System.out.println(settings.print());
        assertEquals(Baseline.values().length, settings.rowCount());
        for (Baseline model : Baseline.values()) {
            int row = model.ordinal();
            assertEquals(model.name(), settings.stringColumn("model").get(row));
            assertEquals(model.hyperParameters(), settings.stringColumn("settings").get(row));
            assertEquals(model.posteriors(), settings.stringColumn("classScores").get(row));
        }
        assertTrue(settings.stringColumn("settings").get(Baseline.RANDOM_FOREST.ordinal())
                .startsWith("scikit-learn RandomForestClassifier() defaults"));
        assertTrue(settings.stringColumn("settings").get(Baseline.SVM_RBF.ordinal())
                .startsWith("scikit-learn SVC() defaults"));
    }

    @Test
    void rejectsUnlearnableInput() {
        Samples oneClass = SEPARABLE.subset(new int[] {0, 1, 2});
        BaselineException e = assertThrows(BaselineException.class,
                () -> Baselines.run(Baseline.KNN, oneClass, SEPARABLE, 1));
        assertTrue(e.getMessage().contains("1 class(es)"), e.getMessage());
        assertThrows(BaselineException.class, () -> Baselines.run(Baseline.KNN, SEPARABLE, SEPARABLE.subset(new int[0]), 1));
    }
}
