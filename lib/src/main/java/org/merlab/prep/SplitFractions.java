package org.merlab.prep;

/**
 * Shares of train, validation and test; they must be non-negative, sum to 1 and give training a positive share.
 *
 * @param train      share of items (segments or tracks) for training
 * @param validation share for validation (early stopping, model choice)
 * @param test       share for the final test
 */
public record SplitFractions(double train, double validation, double test) {

    /** The paper's 70/15/15. */
    public static final SplitFractions PUBLISHED = new SplitFractions(0.70, 0.15, 0.15);

    public SplitFractions {
        if (!(train > 0) || !(validation >= 0) || !(test >= 0)
                || Math.abs(train + validation + test - 1) > 1e-9) {
            throw new PrepException("split fractions must be non-negative with train > 0 and sum to 1, got "
                    + train + "/" + validation + "/" + test);
        }
    }
}
