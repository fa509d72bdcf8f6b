package org.merlab.prep;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How a feature table becomes train/validation/test parts, as one split or as cross-validation folds: as
 * Yakovyna &amp; Korniienko 2023 published it, or honestly. Both derive every split and SMOTE seed from the one
 * seed given.
 */
public enum Protocol {

    /**
     * The paper's protocol: SMOTE on all segments, then a stratified random segment split. Segments of one track,
     * and SMOTE rows made from them, end up on both sides, so test scores measure recall of tracks seen in training.
     * Its folds split the segments of the SMOTE table the same way.
     */
    PUBLISHED {
        @Override
        public Split split(Samples all, SplitFractions fractions, int smoteK, long seed) {
            SplittableRandom seeds = new SplittableRandom(seed);
            long splitSeed = seeds.nextLong();
            Samples balanced = Smote.oversample(all, smoteK, seeds.nextLong());
            return Splits.stratifiedSegments(balanced, fractions, splitSeed);
        }

        @Override
        public FoldSet folds(Samples all, FoldOptions options, long seed) {
            SplittableRandom seeds = new SplittableRandom(seed);
            long foldSeed = seeds.nextLong();
            Samples balanced = Smote.oversample(all, options.smoteK(), seeds.nextLong());
            List<Fold> folds = Splits.stratifiedSegmentKFold(balanced, options.folds(), options.innerValidation(),
                    foldSeed);
            return new FoldSet(this, options, seed, folds, new long[folds.size()]);
        }

        @Override
        Split prepare(Fold fold, FoldOptions options, long smoteSeed) {
            return fold.split();
        }
    },

    /**
     * Track-grouped stratified split, then SMOTE on the training part only; validation and test hold only real
     * segments of unseen tracks. Checked with {@link LeakageCheck#requireDisjointTracks}. Its folds are grouped by
     * {@link FoldOptions#grouping()}, with SMOTE on each inner training part only.
     */
    HONEST {
        @Override
        public Split split(Samples all, SplitFractions fractions, int smoteK, long seed) {
            SplittableRandom seeds = new SplittableRandom(seed);
            Split grouped = Splits.groupedStratified(all, fractions, seeds.nextLong());
            return oversampleTraining(grouped, smoteK, seeds.nextLong(), Grouping.TRACK);
        }

        @Override
        public FoldSet folds(Samples all, FoldOptions options, long seed) {
            SplittableRandom seeds = new SplittableRandom(seed);
            List<Fold> folds = Splits.groupedStratifiedKFold(all, options.folds(), options.innerValidation(),
                    options.grouping(), seeds.nextLong());
            for (Fold fold : folds) {
                LeakageCheck.requireDisjoint(fold.split(), options.grouping());
            }
            return new FoldSet(this, options, seed, folds, seeds.longs(folds.size()).toArray());
        }

        @Override
        Split prepare(Fold fold, FoldOptions options, long smoteSeed) {
            return oversampleTraining(fold.split(), options.smoteK(), smoteSeed, options.grouping());
        }
    };

    /** The split with the paper's 70/15/15 fractions and SMOTE k = 5. */
    public Split split(Samples all, long seed) {
        return split(all, SplitFractions.PUBLISHED, Smote.DEFAULT_K, seed);
    }

    /** Train, validation and test parts of {@code all} under this protocol (features unscaled). */
    public abstract Split split(Samples all, SplitFractions fractions, int smoteK, long seed);

    /** {@link #folds(Samples, FoldOptions, long)} with {@link FoldOptions#DEFAULT} (5 folds, 20% inner validation). */
    public FoldSet folds(Samples all, long seed) {
        return folds(all, FoldOptions.DEFAULT, seed);
    }

    /**
     * Cross-validation folds of {@code all} (real rows) under this protocol, each with an inner validation part.
     *
     * @throws PrepException if there are fewer groups than folds, or a fold gets no inner validation rows
     */
    public abstract FoldSet folds(Samples all, FoldOptions options, long seed);

    /** A fold's parts as this protocol trains on them: SMOTE on the training part only where the protocol says. */
    abstract Split prepare(Fold fold, FoldOptions options, long smoteSeed);

    private static Split oversampleTraining(Split grouped, int smoteK, long seed, Grouping grouping) {
        Split split = new Split(Smote.oversample(grouped.train(), smoteK, seed), grouped.validation(), grouped.test());
        LeakageCheck.requireDisjoint(split, grouping);
        return split;
    }
}
