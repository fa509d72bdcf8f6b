package org.merlab.prep;

import java.util.BitSet;

/**
 * One fold of items split by group ({@link Splits#groupedKFold}): every item of a group lands on the same side, so a
 * test piece never shares its game (or its piece) with a training one.
 *
 * @param train      item indices, ascending
 * @param validation item indices, ascending (inner validation for early stopping)
 * @param test       item indices, ascending
 */
public record GroupedSplit(int[] train, int[] validation, int[] test) {

    /** @throws PrepException if an item is on two sides */
    public GroupedSplit {
        BitSet seen = new BitSet();
        for (int[] side : new int[][] {train, validation, test}) {
            for (int i : side) {
                if (seen.get(i)) {
                    throw new PrepException("item " + i + " is on two sides of a split");
                }
                seen.set(i);
            }
        }
    }
}
