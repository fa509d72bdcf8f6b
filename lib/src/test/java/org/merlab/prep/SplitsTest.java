package org.merlab.prep;

import org.junit.jupiter.api.Test;
import org.merlab.testing.SyntheticTracks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitsTest {

    /** 3 classes with 20, 40 and 60 tracks of 10 segments. */
    private static final Samples DATA = SyntheticTracks.generate(new int[] {20, 40, 60}, 10, 4, 1, 1, 0.1, 7);

    @Test
    void segmentSplitIsStratifiedPerClass() {
        Split split = Splits.stratifiedSegments(DATA, SplitFractions.PUBLISHED, 1);
        // per class: round(n * 0.70) train, round(n * 0.85) - that validation, the rest test
        assertArrayEquals(new int[] {140, 280, 420}, split.train().classCounts());
        assertArrayEquals(new int[] {30, 60, 90}, split.validation().classCounts());
        assertArrayEquals(new int[] {30, 60, 90}, split.test().classCounts());
        assertEquals(DATA.size(), rowsOf(split).size());
        // a random segment split of 10-segment tracks almost surely splits tracks: the leak this project measures
        assertThrows(LeakageException.class, () -> LeakageCheck.requireDisjointTracks(split));
    }

    @Test
    void groupedSplitKeepsTracksWholeAndStratifiesTracks() {
        Split split = Splits.groupedStratified(DATA, SplitFractions.PUBLISHED, 1);
        assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(split));
        assertArrayEquals(new int[] {14, 28, 42}, tracksPerClass(split.train()));
        assertArrayEquals(new int[] {3, 6, 9}, tracksPerClass(split.validation()));
        assertArrayEquals(new int[] {3, 6, 9}, tracksPerClass(split.test()));
        assertEquals(DATA.size(), rowsOf(split).size());
    }

    @Test
    void seedDecidesTheSplit() {
        assertEquals(Splits.groupedStratified(DATA, SplitFractions.PUBLISHED, 5),
                Splits.groupedStratified(DATA, SplitFractions.PUBLISHED, 5));
        assertNotEquals(Splits.groupedStratified(DATA, SplitFractions.PUBLISHED, 5).test().groups(),
                Splits.groupedStratified(DATA, SplitFractions.PUBLISHED, 6).test().groups());
    }

    @Test
    void groupedKFoldPutsEveryTrackInExactlyOneTestFold() {
        List<Fold> folds = Splits.groupedStratifiedKFold(DATA, 5, 0.2, Grouping.TRACK, 3);
        assertEquals(5, folds.size());
        Set<String> seen = new HashSet<>();
        for (Fold fold : folds) {
            assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(fold.split()));
            assertEquals(DATA.size(), fold.train().size() + fold.validation().size() + fold.test().size());
            assertArrayEquals(new int[] {4, 8, 12}, tracksPerClass(fold.test()));
            // 16, 32 and 48 training tracks: 20% of each to the inner validation part
            assertArrayEquals(new int[] {3, 6, 10}, tracksPerClass(fold.validation()));
            for (String g : fold.test().groups()) {
                assertTrue(seen.add(g), "track " + g + " in two test folds");
            }
        }
        assertEquals(DATA.groups().size(), seen.size());
        assertThrows(PrepException.class, () -> Splits.groupedStratifiedKFold(DATA, 121, 0.2, Grouping.TRACK, 3));
    }

    @Test
    void segmentKFoldStratifiesSegments() {
        List<Fold> folds = Splits.stratifiedSegmentKFold(DATA, 4, 0.25, 2);
        for (Fold fold : folds) {
            assertArrayEquals(new int[] {50, 100, 150}, fold.test().classCounts());
            assertArrayEquals(new int[] {38, 75, 112}, fold.validation().classCounts());
        }
    }

    private static int[] tracksPerClass(Samples s) {
        Map<String, Integer> labels = Tracks.majorityLabels(s.group(), s.y(), s.numClasses());
        int[] counts = new int[s.numClasses()];
        labels.values().forEach(c -> counts[c]++);
        return counts;
    }

    /** Every row of the split as "group/first feature", to check the parts cover the data exactly once. */
    private static Set<String> rowsOf(Split split) {
        Set<String> rows = new HashSet<>();
        for (Samples part : List.of(split.train(), split.validation(), split.test())) {
            for (int i = 0; i < part.size(); i++) {
                assertTrue(rows.add(part.group(i) + "/" + part.row(i)[0]), "row repeated");
            }
        }
        return rows;
    }

    private static String[] groupsOf(int items, int groups) {
        return IntStream.range(0, items).mapToObj(i -> "g" + i % groups).toArray(String[]::new);
    }

    @Test
    void regressionKFoldTestsEveryGroupOnceAndKeepsGroupsWhole() {
        String[] g = groupsOf(100, 17);
        var folds = Splits.groupedKFold(g, 5, 0.2, "game", 3);
        assertEquals(5, folds.size());
        int[] tested = new int[100];
        for (GroupedSplit f : folds) {
            assertEquals(100, f.train().length + f.validation().length + f.test().length);
            var trainGroups = Arrays.stream(f.train()).mapToObj(i -> g[i]).collect(Collectors.toSet());
            var validationGroups = Arrays.stream(f.validation()).mapToObj(i -> g[i]).collect(Collectors.toSet());
            for (int i : f.test()) {
                tested[i]++;
                assertFalse(trainGroups.contains(g[i]) || validationGroups.contains(g[i]), g[i]);
            }
            for (String v : validationGroups) {
                assertFalse(trainGroups.contains(v), v);
            }
            // 17 groups in 5 folds: 3 or 4 test groups, and round(0.2 * 13 or 14) = 3 validation groups
            assertEquals(3, validationGroups.size());
        }
        assertArrayEquals(IntStream.generate(() -> 1).limit(100).toArray(), tested);
    }

    @Test
    void regressionKFoldDependsOnTheSeedOnly() {
        String[] g = groupsOf(60, 12);
        assertArrayEquals(Splits.groupedKFold(g, 4, 0.2, "game", 1).get(0).test(),
                Splits.groupedKFold(g, 4, 0.2, "game", 1).get(0).test());
        boolean differs = false;
        for (long seed = 2; seed < 6 && !differs; seed++) {
            differs = !Arrays.equals(Splits.groupedKFold(g, 4, 0.2, "game", 1).get(0).test(),
                    Splits.groupedKFold(g, 4, 0.2, "game", seed).get(0).test());
        }
        assertTrue(differs);
    }

    @Test
    void regressionKFoldNeedsAGroupPerFold() {
        var e = assertThrows(PrepException.class, () -> Splits.groupedKFold(groupsOf(10, 3), 4, 0.2, "game", 0));
        assertTrue(e.getMessage().contains("3 games"), e.getMessage());
    }
}
