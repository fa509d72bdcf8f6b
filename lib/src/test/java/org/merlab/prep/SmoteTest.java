package org.merlab.prep;

import org.junit.jupiter.api.Test;
import org.merlab.testing.SyntheticTracks;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmoteTest {

    private static final Samples IMBALANCED = SyntheticTracks.generate(new int[] {2, 5, 9}, 4, 3, 3, 1, 0.2, 11);

    @Test
    void bringsEveryClassUpToTheMajority() {
        Samples balanced = Smote.oversample(IMBALANCED, 5, 1);
        assertArrayEquals(new int[] {8, 20, 36}, IMBALANCED.classCounts());
        assertArrayEquals(new int[] {36, 36, 36}, balanced.classCounts());
        assertEquals(IMBALANCED, balanced.subset(java.util.stream.IntStream.range(0, IMBALANCED.size()).toArray()));
    }

    @Test
    void syntheticRowsInterpolateSameClassParents() {
        Samples balanced = Smote.oversample(IMBALANCED, 5, 1);
        Map<String, Integer> trackLabel = Tracks.majorityLabels(IMBALANCED.group(), IMBALANCED.y(), 3);
        for (int i = IMBALANCED.size(); i < balanced.size(); i++) {
            List<String> parents = Tracks.parents(balanced.group(i));
            int label = balanced.label(i);
            parents.forEach(p -> assertEquals(label, trackLabel.get(p), "parent " + p));
            // the row lies on a segment between two rows of its class, so inside the class's bounding box
            for (int f = 0; f < balanced.numFeatures(); f++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < IMBALANCED.size(); r++) {
                    if (IMBALANCED.label(r) == label) {
                        lo = Math.min(lo, IMBALANCED.row(r)[f]);
                        hi = Math.max(hi, IMBALANCED.row(r)[f]);
                    }
                }
                double v = balanced.row(i)[f];
                assertTrue(v >= lo && v <= hi, "feature " + f + " of synthetic row " + i + " = " + v);
            }
        }
    }

    @Test
    void seeded() {
        assertEquals(Smote.oversample(IMBALANCED, 5, 3), Smote.oversample(IMBALANCED, 5, 3));
        assertNotEquals(Smote.oversample(IMBALANCED, 5, 3), Smote.oversample(IMBALANCED, 5, 4));
    }

    @Test
    void nearestNeighboursByHand() {
        double[][] rows = {{0, 0}, {1, 0}, {3, 0}, {10, 0}};
        int[][] nn = Smote.nearestNeighbours(rows, 2);
        assertArrayEquals(new int[] {1, 2}, nn[0]);
        assertArrayEquals(new int[] {0, 2}, nn[1]);
        assertArrayEquals(new int[] {1, 0}, nn[2]);
        assertArrayEquals(new int[] {2, 1}, nn[3]);
        // equal distances keep row order
        assertArrayEquals(new int[] {0, 2, 3}, Smote.nearestNeighbours(new double[][] {{1}, {0}, {-1}, {2}}, 3)[1]);
    }

    @Test
    void rejectsSingletonClassSyntheticInputAndBadK() {
        Samples singleton = new Samples(new double[][] {{0}, {1}, {2}}, new int[] {0, 0, 1},
                new String[] {"a", "b", "c"}, List.of("x", "y"));
        PrepException e = assertThrows(PrepException.class, () -> Smote.oversample(singleton, 5, 1));
        assertTrue(e.getMessage().contains("class 'y'"), e.getMessage());
        assertThrows(PrepException.class, () -> Smote.oversample(Smote.oversample(IMBALANCED, 5, 1), 5, 1));
        assertThrows(PrepException.class, () -> Smote.oversample(IMBALANCED, 0, 1));
    }
}
