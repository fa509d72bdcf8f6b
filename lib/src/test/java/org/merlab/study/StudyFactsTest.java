package org.merlab.study;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyFactsTest {

    @TempDir
    Path root;

    @Test
    void aStudyStatesItsLeakageAndEveryAccuracyUnderStableNames() {
        StudyResult result = StudyFixtures.result();
        Facts facts = StudyFacts.of(Params.from(Map.of(), root), result);
        var named = facts.facts();
        for (int n : new int[] {3, 6}) {
            assertEquals(0.0, named.get("leakage." + n + ".honest.leakedShare"), "honest splits share no track");
            assertEquals(0, named.get("leakage." + n + ".honest.sharedTracks"));
            assertTrue((double) named.get("leakage." + n + ".published.leakedShare") > 0.9,
                    "published: " + named.get("leakage." + n + ".published.leakedShare"));
            assertEquals(result.run(n, org.merlab.prep.Protocol.HONEST).trackLevel().accuracy(),
                    named.get("accuracy." + n + ".honest.track"));
            assertTrue(named.containsKey("accuracy." + n + ".published.segment-real"), "published has SMOTE test rows");
            assertTrue(!named.containsKey("accuracy." + n + ".honest.segment-real"), "honest test rows are all real");
            assertTrue(named.containsKey("macroF1." + n + ".published.segment"));
            assertTrue(named.containsKey("baselines.random_forest." + n + ".honest.accuracy"), named.keySet().toString());
            assertTrue(named.containsKey("baselines.cnn_lstm." + n + ".published.macroF1"));
        }
        named.forEach((name, value) -> {
            if (name.startsWith("accuracy.") || name.startsWith("macroF1.")) {
                double v = (double) value;
                assertTrue(v >= 0 && v <= 1, name + " = " + v);
            }
        });
    }
}
