package org.merlab.prep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A train/validation/test split of items by group: every item of a group lands on the same side, so a test piece
 * never shares its game (or its piece) with a training one. Groups are shuffled with the seed and dealt to test,
 * then validation, until each holds at least its share of the items; the rest train.
 *
 * @param train      item indices, ascending
 * @param validation item indices, ascending (inner validation for early stopping)
 * @param test       item indices, ascending
 */
public record GroupedSplit(int[] train, int[] validation, int[] test) {

    /**
     * @param groups the group of each item
     * @throws PrepException if there are fewer groups than non-empty sides
     */
    public static GroupedSplit of(String[] groups, SplitFractions fractions, long seed) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(i);
        }
        int sides = 1 + (fractions.validation() > 0 ? 1 : 0) + (fractions.test() > 0 ? 1 : 0);
        if (byGroup.size() < sides) {
            throw new PrepException("cannot split " + byGroup.size() + " groups into " + sides + " sides");
        }
        List<List<Integer>> shuffled = new ArrayList<>(byGroup.values());
        Collections.shuffle(shuffled, new Random(seed));
        List<Integer> test = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> train = new ArrayList<>();
        int g = 0;
        // Each non-empty side gets at least one group, and training keeps at least one.
        while (fractions.test() > 0 && g < shuffled.size() - sides + 1
                && (test.isEmpty() || test.size() < fractions.test() * groups.length)) {
            test.addAll(shuffled.get(g++));
        }
        while (fractions.validation() > 0 && g < shuffled.size() - 1
                && (validation.isEmpty() || validation.size() < fractions.validation() * groups.length)) {
            validation.addAll(shuffled.get(g++));
        }
        while (g < shuffled.size()) {
            train.addAll(shuffled.get(g++));
        }
        return new GroupedSplit(sorted(train), sorted(validation), sorted(test));
    }

    private static int[] sorted(List<Integer> items) {
        return items.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
