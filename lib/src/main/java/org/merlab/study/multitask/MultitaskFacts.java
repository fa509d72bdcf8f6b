package org.merlab.study.multitask;

import java.util.HashSet;
import java.util.Set;

import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;
import org.merlab.prep.Fold;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Samples;

import tech.tablesaw.api.Table;

/**
 * What notebook 08 states about its run, for {@code run-notebooks --check}: which data (and whether it is the
 * stand-in), how many clips and folds, how many fold groups (artists, or tracks) a test part shares with its
 * training part (0 when the folds are grouped, as they must be), every classifier's scores as
 * {@code genre.<variant>.<column>} and every regressor's as {@code regression.<model>.<target>.<column>}.
 */
public final class MultitaskFacts {

    private MultitaskFacts() {
    }

    /**
     * @param classification {@link MultitaskTables#classification} of the classifiers
     * @param regression     {@link org.merlab.eval.TargetScores#table} of the regressors
     */
    public static Facts of(Params p, Clips clips, FoldSet folds, Table classification, Table regression) {
        return Facts.of(p, clips.dataset())
                .put("multitask.dataset", clips.dataset())
                .put("multitask.standIn", clips.dataset().equals(org.merlab.data.EmbeddedCorpus.NAME))
                .put("multitask.clips", clips.size())
                .put("multitask.folds", folds.size())
                .put("multitask.groupsInTestAndTraining", groupsInTestAndTraining(folds))
                .table("genre", classification, "variant")
                .table("regression", regression, "model", "target");
    }

    /** Over all folds, the fold groups that have rows both in a fold's test part and in its training part. */
    static int groupsInTestAndTraining(FoldSet folds) {
        int shared = 0;
        for (Fold fold : folds.folds()) {
            Set<String> trained = clusters(folds, fold.train());
            trained.addAll(clusters(folds, fold.validation()));
            Set<String> tested = clusters(folds, fold.test());
            tested.retainAll(trained);
            shared += tested.size();
        }
        return shared;
    }

    private static Set<String> clusters(FoldSet folds, Samples part) {
        Set<String> keys = new HashSet<>();
        for (String group : part.group()) {
            keys.add(folds.clusterOf(group));
        }
        return keys;
    }
}
