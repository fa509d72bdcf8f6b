package org.merlab.study.honest;

import java.util.Map;

import org.merlab.eval.Learner;
import org.merlab.prep.Samples;
import org.merlab.study.StudyException;

/**
 * A model from outside this package (e.g. a sequence model on log-mel frames) to cross-validate beside the others:
 * its folds are cut from {@code table} by the same rule, options and seed as every model's, so its out-of-fold rows
 * must be the same tracks and segments in the same order as the 28-feature table's ({@link HonestStudy} checks;
 * {@code eval.CvScores} refuses otherwise).
 *
 * @param model      its name in tables and the result store (letters, digits, '.', '_', '-')
 * @param table      the rows it learns from: one per segment of the N-segment table, same tracks and order
 * @param learner    fitted on each fold's prepared training part, its inner validation part for epochs
 * @param parameters everything its result depends on (epochs, sizes...), part of its result-store key
 */
public record ExtraLearner(String model, Samples table, Learner learner, Map<String, String> parameters) {

    public ExtraLearner {
        if (model == null || model.isBlank() || table == null || learner == null) {
            throw new StudyException("an extra learner needs a name, a table and a learner");
        }
        parameters = Map.copyOf(parameters);
    }
}
