package org.merlab.baselines;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.merlab.text.SparseVector;
import org.merlab.text.TfIdf;
import org.merlab.text.TfIdfOptions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfIdfLogisticTest {

    private static final String[][] CUES = {{"tears", "lonely", "miss"}, {"great", "fun", "smile"},
        {"darling", "adore", "sweet"}};
    private static final String[] FILLER = {"i", "feel", "so", "today", "the", "and", "was", "it"};

    /** Texts of filler words with one cue word of their class. */
    private static List<String> texts(int[] y, long seed) {
        Random rng = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int label : y) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                words.add(FILLER[rng.nextInt(FILLER.length)]);
            }
            words.add(rng.nextInt(words.size()), CUES[label][rng.nextInt(3)]);
            out.add(String.join(" ", words));
        }
        return out;
    }

    private static int[] labels(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
        }
        return y;
    }

    @Test
    void learnsCueWordsAndGivesProbabilities() {
        int[] y = labels(150);
        TfIdf tfidf = TfIdf.fit(texts(y, 1), TfIdfOptions.DEFAULT);
        List<SparseVector> x = tfidf.transformAll(texts(y, 1));
        int[] yTest = labels(60);
        List<SparseVector> xTest = tfidf.transformAll(texts(yTest, 2));
        TfIdfLogistic model = TfIdfLogistic.fit(x, y, 3, 0.3);
        assertArrayEquals(yTest, model.predict(xTest));
        double[][] p = model.probabilities(xTest);
        for (double[] row : p) {
            assertEquals(1, row[0] + row[1] + row[2], 1e-9);
        }
        assertTrue(p[0][0] > 0.5, "a sad cue gives sadness the highest probability: " + p[0][0]);
        assertTrue(model.fitSeconds() >= 0);
    }

    @Test
    void choosesThePenaltyOnValidationAndReportsEveryOne() {
        int[] y = labels(90);
        TfIdf tfidf = TfIdf.fit(texts(y, 3), TfIdfOptions.DEFAULT);
        var choice = TfIdfLogistic.choose(tfidf.transformAll(texts(y, 3)), y, tfidf.transformAll(texts(y, 4)), y, 3,
                TfIdfLogistic.LAMBDAS);
        assertEquals(TfIdfLogistic.LAMBDAS.size(), choice.table().rowCount());
        double best = choice.table().doubleColumn("valMacroF1").max();
        int row = TfIdfLogistic.LAMBDAS.indexOf(choice.model().lambda());
        assertEquals(best, choice.table().doubleColumn("valMacroF1").get(row), 1e-12);
    }

    @Test
    void badTrainingDataFailsClearly() {
        TfIdf tfidf = TfIdf.fit(List.of("a b", "c d"), TfIdfOptions.DEFAULT);
        var x = tfidf.transformAll(List.of("a b", "c d"));
        assertEquals("class 2 has no training row",
                assertThrows(BaselineException.class, () -> TfIdfLogistic.fit(x, new int[] {0, 1}, 3, 1)).getMessage());
        assertThrows(BaselineException.class, () -> TfIdfLogistic.fit(x, new int[] {0}, 2, 1));
        assertThrows(BaselineException.class, () -> TfIdfLogistic.fit(x, new int[] {0, 5}, 2, 1));
        assertThrows(BaselineException.class, () -> TfIdfLogistic.choose(x, new int[] {0, 1}, x, new int[] {0, 1}, 2,
                List.of()));
    }
}
