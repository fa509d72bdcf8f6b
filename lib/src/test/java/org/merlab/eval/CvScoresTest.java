package org.merlab.eval;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CvScoresTest {

    private static final BootstrapOptions B = new BootstrapOptions(400, 2);
    /** Two folds whose training parts held 60/30/10% and 50/30/20% of the classes. */
    private static final double[][] SHARES = {{0.6, 0.3, 0.1}, {0.5, 0.3, 0.2}};
    private static final PlantedPredictions DATA = PlantedPredictions.of(200, 3, new double[] {0.6, 0.3, 0.1}, 4);
    private static final OutOfFold MODEL = PlantedPredictions.withFolds(DATA.model("model", 0.8, 5), SHARES);

    @Test
    void modelRowsAreThePooledEvaluation() {
        List<ScoreRow> rows = CvScores.of(MODEL, B);
        assertEquals(6, rows.size());
        Evaluation pooled = MODEL.evaluation(B);
        ScoreRow segment = find(rows, "model", "segment");
        assertEquals(600, segment.rows());
        assertEquals(pooled.accuracy(), segment.values().get(Metric.ACCURACY), 1e-12);
        assertEquals(pooled.mcc(), segment.values().get(Metric.MCC), 1e-12);
        assertEquals(pooled.confidence(), segment.intervals());
        ScoreRow track = find(rows, "model", "track");
        Evaluation tracks = pooled.trackLevel().orElseThrow();
        assertEquals(200, track.rows());
        assertEquals(tracks.accuracy(), track.values().get(Metric.ACCURACY), 1e-12);
        assertEquals(tracks.confidence(), track.intervals());
    }

    @Test
    void majorityClassGuessesEachFoldsLargestTrainingClass() {
        ScoreRow majority = find(CvScores.of(MODEL, B), CvScores.MAJORITY, "segment");
        double calm = share(DATA.truth(), 0);
        assertEquals(calm, majority.values().get(Metric.ACCURACY), 1e-12);
        assertEquals(1 / 3.0, majority.values().get(Metric.BALANCED_ACCURACY), 1e-12);
        assertEquals(0, majority.values().get(Metric.MCC));
        assertTrue(majority.intervals().get(Metric.ACCURACY).contains(calm));
    }

    @Test
    void stratifiedChanceIsTheExpectationOfGuessingByTheTrainingShares() {
        ScoreRow chance = find(CvScores.of(MODEL, B), CvScores.CHANCE, "segment");
        int[] truth = MODEL.truth();
        int[] fold = MODEL.fold();
        double expectedAccuracy = 0;
        double[] recallSum = new double[3];
        int[] support = new int[3];
        for (int i = 0; i < truth.length; i++) {
            expectedAccuracy += SHARES[fold[i]][truth[i]] / truth.length;
            recallSum[truth[i]] += SHARES[fold[i]][truth[i]];
            support[truth[i]]++;
        }
        double expectedBalanced = 0;
        for (int c = 0; c < 3; c++) {
            expectedBalanced += recallSum[c] / support[c] / 3;
        }
        assertEquals(expectedAccuracy, chance.values().get(Metric.ACCURACY), 0.005);
        assertEquals(expectedBalanced, chance.values().get(Metric.BALANCED_ACCURACY), 0.005);
        assertEquals(0, chance.values().get(Metric.MCC), 0.01);
        for (Metric m : Metric.values()) {
            assertTrue(chance.intervals().get(m).contains(chance.values().get(m)), m + " " + chance);
        }
        ScoreRow tracks = find(CvScores.of(MODEL, B), CvScores.CHANCE, "track");
        assertEquals(200, tracks.rows());
        assertEquals(expectedAccuracy, tracks.values().get(Metric.ACCURACY), 0.01);
    }

    @Test
    void severalModelsShareOneSetOfReferenceRows() {
        OutOfFold other = PlantedPredictions.withFolds(DATA.model("other", 0.5, 6), SHARES);
        List<ScoreRow> rows = CvScores.of(List.of(MODEL, other), B);
        assertEquals(8, rows.size());
        assertEquals(List.of("model", "other", CvScores.MAJORITY, CvScores.CHANCE),
                rows.stream().filter(r -> r.level().equals("segment")).map(ScoreRow::model).toList());
        Table table = CvScores.table(rows);
        assertEquals(8, table.rowCount());
        assertEquals(List.of("model", "level", "rows", "accuracy", "accuracyLow", "accuracyHigh", "balancedAccuracy",
                "balancedAccuracyLow", "balancedAccuracyHigh"), table.columnNames().subList(0, 9));
        OutOfFold elsewhere = PlantedPredictions.withFolds(PlantedPredictions.of(200, 3, new double[] {0.6, 0.3, 0.1},
                99).model("x", 0.5, 6), SHARES);
        assertThrows(EvalException.class, () -> CvScores.of(List.of(MODEL, elsewhere), B));
    }

    private static double share(int[] truth, int c) {
        return java.util.Arrays.stream(truth).filter(t -> t == c).count() / (double) truth.length;
    }

    private static ScoreRow find(List<ScoreRow> rows, String model, String level) {
        return rows.stream().filter(r -> r.model().equals(model) && r.level().equals(level)).findFirst().orElseThrow();
    }
}
