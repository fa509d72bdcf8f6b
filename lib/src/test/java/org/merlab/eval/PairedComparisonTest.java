package org.merlab.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedComparisonTest {

    private static final double[] SHARES = {0.5, 0.3, 0.2};
    private static final BootstrapOptions B = new BootstrapOptions(500, 3);

    @Test
    void detectsAPlantedDifference() {
        PlantedPredictions data = PlantedPredictions.of(150, 4, SHARES, 1);
        List<PairedComparison> all = PairedComparison.of(data.model("good", 0.85, 2), data.model("weak", 0.6, 3), B);
        assertEquals(2 * Metric.values().length, all.size());
        for (String level : List.of("segment", "track")) {
            PairedComparison accuracy = find(all, level, Metric.ACCURACY);
            assertEquals(accuracy.a() - accuracy.b(), accuracy.difference(), 1e-12);
            assertTrue(accuracy.difference() > 0.15, accuracy.toString());
            assertTrue(accuracy.interval().low() > 0, accuracy.toString());
            assertTrue(accuracy.interval().contains(accuracy.difference()), accuracy.toString());
            assertTrue(accuracy.pValue() < 0.01, accuracy.toString());
            assertTrue(find(all, level, Metric.MACRO_F1).pValue() < 0.01, level);
        }
        McNemar tracks = find(all, "track", Metric.ACCURACY).mcnemar().orElseThrow();
        assertTrue(tracks.onlyA() > tracks.onlyB() && tracks.pValue() < 0.01, tracks.toString());
        // segments of a track are not independent pairs: McNemar is given for tracks only
        assertTrue(find(all, "segment", Metric.ACCURACY).mcnemar().isEmpty());
    }

    /** Two equally good models with independent errors: the tests should reject at 5% in about 5% of draws. */
    @Test
    void doesNotInventADifferenceBetweenEquallyGoodModels() {
        int bootstrapRejects = 0;
        int mcnemarRejects = 0;
        int draws = 100;
        for (int r = 0; r < draws; r++) {
            PlantedPredictions data = PlantedPredictions.of(60, 5, SHARES, 1000 + r);
            List<PairedComparison> all = PairedComparison.of(data.model("a", 0.7, 2000 + r),
                    data.model("b", 0.7, 3000 + r), new BootstrapOptions(300, r));
            // segment level: 300 rows but 60 independent tracks; resampling groups keeps the test honest
            bootstrapRejects += find(all, "segment", Metric.ACCURACY).pValue() < 0.05 ? 1 : 0;
            mcnemarRejects += find(all, "track", Metric.ACCURACY).mcnemar().orElseThrow().pValue() < 0.05 ? 1 : 0;
        }
        System.out.println("null case, " + draws + " draws: paired bootstrap rejected " + bootstrapRejects
                + ", McNemar rejected " + mcnemarRejects + " at 5%");
        assertTrue(bootstrapRejects <= 12, bootstrapRejects + " of " + draws + " paired bootstraps rejected");
        assertTrue(mcnemarRejects <= 12, mcnemarRejects + " of " + draws + " McNemar tests rejected");
    }

    @Test
    void aModelComparedWithItselfDiffersByNothing() {
        PlantedPredictions data = PlantedPredictions.of(40, 3, SHARES, 5);
        OutOfFold model = data.model("m", 0.7, 6);
        for (PairedComparison c : PairedComparison.of(model, model, B)) {
            assertEquals(0, c.difference());
            assertEquals(1, c.pValue());
            assertEquals(new Interval(0, 0), c.interval());
        }
        assertEquals(2 * Metric.values().length, PairedComparison.table(PairedComparison.of(model, model, B))
                .rowCount());
    }

    @Test
    void refusesModelsScoredOnDifferentRows() {
        OutOfFold a = PlantedPredictions.of(40, 3, SHARES, 5).model("a", 0.7, 6);
        OutOfFold b = PlantedPredictions.of(40, 3, SHARES, 9).model("b", 0.7, 6);
        EvalException e = assertThrows(EvalException.class, () -> PairedComparison.of(a, b, B));
        assertTrue(e.getMessage().contains("same pooled rows"), e.getMessage());
        assertThrows(EvalException.class, () -> PairedComparison.of(a, a, BootstrapOptions.NONE));
    }

    private static PairedComparison find(List<PairedComparison> all, String level, Metric metric) {
        return all.stream().filter(c -> c.level().equals(level) && c.metric() == metric).findFirst().orElseThrow();
    }
}
