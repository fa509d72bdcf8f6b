package org.merlab.prep;

import java.util.Objects;

/**
 * How a table is cut into cross-validation folds ({@link Protocol#folds}).
 *
 * @param folds           k, the number of outer folds (at least 2)
 * @param innerValidation share of each training fold's groups held out as its inner validation part, in
 *                        {@code [0, 0.5]}; at most a half, so every class with a group in a training fold keeps one
 *                        in the inner training part
 * @param smoteK          SMOTE neighbours
 * @param grouping        what stays together (ignored by {@link Protocol#PUBLISHED}, which splits segments)
 */
public record FoldOptions(int folds, double innerValidation, int smoteK, Grouping grouping) {

    /** 5 folds, 20% of every training fold as inner validation, SMOTE k = 5, grouped by track. */
    public static final FoldOptions DEFAULT = new FoldOptions(5, 0.2, Smote.DEFAULT_K, Grouping.TRACK);

    public FoldOptions {
        if (folds < 2) {
            throw new PrepException("cross-validation needs at least 2 folds, got " + folds);
        }
        if (!(innerValidation >= 0 && innerValidation <= 0.5)) {
            throw new PrepException("the inner validation share must be in [0, 0.5], got " + innerValidation);
        }
        if (smoteK < 1) {
            throw new PrepException("SMOTE k must be at least 1, got " + smoteK);
        }
        Objects.requireNonNull(grouping, "grouping");
    }

    public FoldOptions withFolds(int k) {
        return new FoldOptions(k, innerValidation, smoteK, grouping);
    }

    public FoldOptions withGrouping(Grouping by) {
        return new FoldOptions(folds, innerValidation, smoteK, by);
    }
}
