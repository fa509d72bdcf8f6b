package org.merlab.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class GroupedSplitTest {

    private static String[] groups(int items, int groups) {
        return IntStream.range(0, items).mapToObj(i -> "g" + i % groups).toArray(String[]::new);
    }

    private static Set<String> groupsOf(String[] groups, int[] items) {
        Set<String> out = new HashSet<>();
        for (int i : items) {
            out.add(groups[i]);
        }
        return out;
    }

    @Test
    void noGroupIsOnTwoSidesAndEveryItemIsSomewhere() {
        String[] g = groups(100, 17);
        var s = GroupedSplit.of(g, new SplitFractions(0.6, 0.2, 0.2), 3);
        assertEquals(100, s.train().length + s.validation().length + s.test().length);
        Set<String> train = groupsOf(g, s.train());
        Set<String> val = groupsOf(g, s.validation());
        Set<String> test = groupsOf(g, s.test());
        assertTrue(train.stream().noneMatch(val::contains) && train.stream().noneMatch(test::contains)
                && val.stream().noneMatch(test::contains));
        assertTrue(s.test().length >= 20 && s.test().length < 30, "about its share: " + s.test().length);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        String[] g = groups(60, 12);
        var f = new SplitFractions(0.7, 0.15, 0.15);
        assertArrayEquals(GroupedSplit.of(g, f, 1).test(), GroupedSplit.of(g, f, 1).test());
        boolean differs = false;
        for (long seed = 2; seed < 6 && !differs; seed++) {
            differs = !java.util.Arrays.equals(GroupedSplit.of(g, f, 1).test(), GroupedSplit.of(g, f, seed).test());
        }
        assertTrue(differs);
    }

    @Test
    void fewGroupsStillGiveEverySideOne() {
        String[] g = groups(9, 3);
        var s = GroupedSplit.of(g, new SplitFractions(0.2, 0.4, 0.4), 0);
        assertEquals(3, s.train().length);
        assertEquals(3, s.validation().length);
        assertEquals(3, s.test().length);
        assertThrows(PrepException.class, () -> GroupedSplit.of(groups(4, 2), new SplitFractions(0.6, 0.2, 0.2), 0));
    }
}
