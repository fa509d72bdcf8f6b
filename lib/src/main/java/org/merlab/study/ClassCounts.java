package org.merlab.study;

import org.merlab.prep.Samples;
import org.merlab.prep.Split;

/**
 * Rows per class, {@code [classes]} each, around one split: the real table before SMOTE and the three parts after
 * the protocol ran (for {@link org.merlab.prep.Protocol#PUBLISHED} all three hold SMOTE rows, for
 * {@link org.merlab.prep.Protocol#HONEST} only training does).
 *
 * @param before     the whole real table
 * @param train      the training part
 * @param validation the validation part
 * @param test       the test part
 * @param syntheticTrain SMOTE rows in training
 * @param syntheticTest  SMOTE rows in test
 */
public record ClassCounts(int[] before, int[] train, int[] validation, int[] test, int syntheticTrain,
                          int syntheticTest) {

    public ClassCounts {
        before = before.clone();
        train = train.clone();
        validation = validation.clone();
        test = test.clone();
    }

    /** The counts of {@code all} and of the parts of {@code split} made from it. */
    public static ClassCounts of(Samples all, Split split) {
        return new ClassCounts(all.classCounts(), split.train().classCounts(), split.validation().classCounts(),
                split.test().classCounts(), synthetic(split.train()), synthetic(split.test()));
    }

    private static int synthetic(Samples part) {
        return part.size() - part.realRows().size();
    }

    @Override
    public int[] before() {
        return before.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }
}
