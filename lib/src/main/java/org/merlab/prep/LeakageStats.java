package org.merlab.prep;

import java.util.List;

/**
 * How much of a test set the training set has already seen, counted by track.
 *
 * @param testRows                   rows in the test part
 * @param testRowsWithTrainSibling   real test segments whose track also gave training rows (a real segment or a
 *                                   SMOTE parent)
 * @param syntheticTestRows          SMOTE rows in the test part
 * @param syntheticTestRowsFromTrain SMOTE test rows with at least one parent track in training
 * @param sharedTracks               tracks present on both sides, sorted
 */
public record LeakageStats(int testRows, int testRowsWithTrainSibling, int syntheticTestRows,
                           int syntheticTestRowsFromTrain, List<String> sharedTracks) {

    public LeakageStats {
        sharedTracks = List.copyOf(sharedTracks);
    }

    /** Test rows that carry a training track in any way, as a share of all test rows (0 when there are none). */
    public double leakedShare() {
        return testRows == 0 ? 0 : (testRowsWithTrainSibling + syntheticTestRowsFromTrain) / (double) testRows;
    }

    @Override
    public String toString() {
        return String.format("LeakageStats[%d test rows: %d real with a training sibling, %d synthetic (%d from "
                        + "training tracks); %d shared tracks; leaked share %.3f]", testRows, testRowsWithTrainSibling,
                syntheticTestRows, syntheticTestRowsFromTrain, sharedTracks.size(), leakedShare());
    }
}
