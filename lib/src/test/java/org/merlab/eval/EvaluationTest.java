package org.merlab.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationTest {

    private static final List<String> CLASSES = List.of("calm", "joy", "sad");
    /** Track a (class 0): segments 0.6/0.3/0.1, 0.2/0.7/0.1, 0.7/0.2/0.1 -> mean 0.5/0.4/0.1, right.
     *  Track b (class 2): 0.1/0.1/0.8, 0.1/0.5/0.4 -> mean 0.1/0.3/0.6, right. */
    private static final double[][] PROBABILITIES = {
            {0.6, 0.3, 0.1}, {0.2, 0.7, 0.1}, {0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}, {0.1, 0.5, 0.4}};
    private static final int[] TRUTH = {0, 0, 0, 2, 2};
    private static final String[] GROUPS = {"a", "a", "a", "b", "b"};

    @Test
    void segmentAndTrackLevel() {
        Evaluation e = Evaluation.of(TRUTH, PROBABILITIES, CLASSES, GROUPS, new BootstrapOptions(200, 1));
        assertArrayEquals(new int[] {0, 1, 0, 2, 1}, e.predicted());
        assertEquals(0.6, e.accuracy(), 1e-12);
        assertArrayEquals(new int[][] {{2, 1, 0}, {0, 0, 0}, {0, 1, 1}}, e.confusion().counts());
        Evaluation tracks = e.trackLevel().orElseThrow();
        assertArrayEquals(new int[] {0, 2}, tracks.truth());
        assertArrayEquals(new int[] {0, 2}, tracks.predicted());
        assertEquals(1, tracks.accuracy(), 1e-12);
        assertTrue(tracks.trackLevel().isEmpty());
        assertTrue(e.confidence().get(Metric.ACCURACY).contains(e.accuracy()));
    }

    @Test
    void perClassTableAndCurves() {
        Evaluation e = Evaluation.of(TRUTH, PROBABILITIES, CLASSES, GROUPS, BootstrapOptions.NONE);
        assertEquals(3, e.perClassTable().rowCount());
        assertEquals(List.of("class", "precision", "recall", "f1", "support", "rocAuc", "averagePrecision"),
                e.perClassTable().columnNames());
        ClassMetrics calm = e.perClass().get(0);
        assertEquals(new ClassMetrics("calm", 1, 2 / 3.0, 0.8, 3, calm.rocAuc(), calm.averagePrecision()), calm);
        // calm scores: positives 0.6, 0.2, 0.7; negatives 0.1, 0.1 -> every pair ordered right
        assertEquals(1, calm.rocAuc(), 1e-12);
        // joy has no positives: AUC and AP undefined
        assertTrue(Double.isNaN(e.perClass().get(1).rocAuc()));
        assertTrue(e.toString().contains("accuracy 0.6000"), e.toString());
        assertTrue(e.confidence().isEmpty());
    }

    @Test
    void rejectsBadProbabilities() {
        EvalException sum = assertThrows(EvalException.class, () -> Evaluation.of(new int[] {0},
                new double[][] {{0.5, 0.6, 0}}, CLASSES));
        assertTrue(sum.getMessage().contains("row 0 sums to 1.1"), sum.getMessage());
        assertThrows(EvalException.class, () -> Evaluation.of(new int[] {0}, new double[][] {{1, 0}}, CLASSES));
        assertThrows(EvalException.class, () -> Evaluation.of(new int[] {0, 1}, new double[][] {{1, 0, 0}}, CLASSES));
        assertThrows(EvalException.class, () -> Evaluation.of(new int[] {0},
                new double[][] {{Double.NaN, 1, 0}}, CLASSES));
    }

    /** Random 4-class predictions with tied scores, checked against scikit-learn 1.2.1 (make_sklearn_metrics.py). */
    @Test
    void agreesWithScikitLearn() throws IOException {
        JsonNode ref;
        try (InputStream in = getClass().getResourceAsStream("sklearn-metrics.json")) {
            ref = new ObjectMapper().readTree(in);
        }
        ObjectMapper mapper = new ObjectMapper();
        double[][] probabilities = mapper.treeToValue(ref.get("probabilities"), double[][].class);
        int[] truth = mapper.treeToValue(ref.get("truth"), int[].class);
        Evaluation e = Evaluation.of(truth, probabilities, List.of("a", "b", "c", "d"), null, BootstrapOptions.NONE);

        assertArrayEquals(mapper.treeToValue(ref.get("confusion"), int[][].class), e.confusion().counts());
        assertEquals(ref.get("accuracy").asDouble(), e.accuracy(), 1e-12);
        assertEquals(ref.get("macroF1").asDouble(), e.macroF1(), 1e-12);
        assertEquals(ref.get("weightedF1").asDouble(), e.weightedF1(), 1e-12);
        assertEquals(ref.get("mcc").asDouble(), e.mcc(), 1e-12);
        for (int c = 0; c < 4; c++) {
            ClassMetrics m = e.perClass().get(c);
            assertEquals(ref.get("precision").get(c).asDouble(), m.precision(), 1e-12);
            assertEquals(ref.get("recall").get(c).asDouble(), m.recall(), 1e-12);
            assertEquals(ref.get("f1").get(c).asDouble(), m.f1(), 1e-12);
            assertEquals(ref.get("support").get(c).asInt(), m.support());
            assertEquals(ref.get("rocAuc").get(c).asDouble(), m.rocAuc(), 1e-12);
            assertEquals(ref.get("averagePrecision").get(c).asDouble(), m.averagePrecision(), 1e-12);
            assertArrayEquals(mapper.treeToValue(ref.get("rocFpr").get(c), double[].class), e.roc().get(c).fpr(),
                    1e-12);
            assertArrayEquals(mapper.treeToValue(ref.get("rocTpr").get(c), double[].class), e.roc().get(c).tpr(),
                    1e-12);
            assertArrayEquals(mapper.treeToValue(ref.get("prPrecision").get(c), double[].class),
                    e.pr().get(c).precision(), 1e-12);
            assertArrayEquals(mapper.treeToValue(ref.get("prRecall").get(c), double[].class), e.pr().get(c).recall(),
                    1e-12);
        }
    }
}
