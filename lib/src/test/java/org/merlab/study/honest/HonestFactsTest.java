package org.merlab.study.honest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HonestFacts}: the names notebook 06's expected-outputs rules match. */
class HonestFactsTest {

    @TempDir
    Path root;

    @Test
    void namesScoresPairsAndSharesByNAndModel() {
        HonestCell cell = HonestFixture.run();
        Map<String, Object> facts = HonestFacts.of(Params.from(Map.of("MERLAB_SMOKE", "1"), root), List.of(cell))
                .facts();
        double accuracy = HonestStudyTest.trackAccuracy(cell, HonestStudy.REFERENCE);
        String reference = facts.keySet().stream().filter(k -> k.startsWith("honest.4.") && k.endsWith(".accuracy")
                && k.contains("paper28")).findFirst().orElseThrow(() -> new AssertionError(facts.keySet()));
        assertEquals(accuracy, ((Number) facts.get(reference)).doubleValue(), 1e-4);
        assertTrue(facts.keySet().stream().anyMatch(k -> k.startsWith("paired.4.") && k.endsWith(".accuracy.pValue")),
                facts.keySet().toString());
        assertTrue(facts.keySet().stream().anyMatch(k -> k.startsWith("gems.4.") && k.endsWith(".calmness.spearman")),
                facts.keySet().toString());
    }
}
