package org.merlab.prep;

import java.util.List;

/**
 * A class with fewer groups than folds (Emotify's amazement: 3 of 400 tracks). Its groups are dealt to as many
 * folds as it has groups, one each, so some test folds lack it, and where it has a single group the fold that
 * tests it has none of it to train on.
 *
 * @param name                   class name
 * @param groups                 its groups in the whole table
 * @param foldsWithoutTest       folds whose test part holds none of its groups
 * @param foldsWithoutValidation folds whose inner validation part holds none of its groups
 * @param foldsWithoutTraining   folds whose inner training part holds none of its groups
 */
public record SparseClass(String name, int groups, List<Integer> foldsWithoutTest,
                          List<Integer> foldsWithoutValidation, List<Integer> foldsWithoutTraining) {

    public SparseClass {
        foldsWithoutTest = List.copyOf(foldsWithoutTest);
        foldsWithoutValidation = List.copyOf(foldsWithoutValidation);
        foldsWithoutTraining = List.copyOf(foldsWithoutTraining);
    }
}
