package org.merlab.prep;

import java.util.SplittableRandom;

/**
 * How a feature table becomes train/validation/test parts: as Yakovyna &amp; Korniienko 2023 published it, or
 * honestly. Both derive the split seed and the SMOTE seed from the one seed given.
 */
public enum Protocol {

    /**
     * The paper's protocol: SMOTE on all segments, then a stratified random segment split. Segments of one track,
     * and SMOTE rows made from them, end up on both sides, so test scores measure recall of tracks seen in training.
     */
    PUBLISHED {
        @Override
        public Split split(Samples all, SplitFractions fractions, int smoteK, long seed) {
            SplittableRandom seeds = new SplittableRandom(seed);
            long splitSeed = seeds.nextLong();
            Samples balanced = Smote.oversample(all, smoteK, seeds.nextLong());
            return Splits.stratifiedSegments(balanced, fractions, splitSeed);
        }
    },

    /**
     * Track-grouped stratified split, then SMOTE on the training part only; validation and test hold only real
     * segments of unseen tracks. Checked with {@link LeakageCheck#requireDisjointTracks}.
     */
    HONEST {
        @Override
        public Split split(Samples all, SplitFractions fractions, int smoteK, long seed) {
            SplittableRandom seeds = new SplittableRandom(seed);
            Split grouped = Splits.groupedStratified(all, fractions, seeds.nextLong());
            Split split = new Split(Smote.oversample(grouped.train(), smoteK, seeds.nextLong()),
                    grouped.validation(), grouped.test());
            LeakageCheck.requireDisjointTracks(split);
            return split;
        }
    };

    /** The split with the paper's 70/15/15 fractions and SMOTE k = 5. */
    public Split split(Samples all, long seed) {
        return split(all, SplitFractions.PUBLISHED, Smote.DEFAULT_K, seed);
    }

    /** Train, validation and test parts of {@code all} under this protocol (features unscaled). */
    public abstract Split split(Samples all, SplitFractions fractions, int smoteK, long seed);
}
