package org.merlab.study.text;

import java.util.List;
import java.util.Optional;

import org.merlab.eval.Evaluation;
import org.merlab.eval.Interval;
import org.merlab.train.History;

/**
 * One model of the study, trained and scored on the untouched test split.
 *
 * @param key          name in file names, e.g. {@code lstm}
 * @param label        name in tables and figure titles, e.g. "BiLSTM"
 * @param description  architecture and settings in one line
 * @param probabilities test probabilities {@code [test][6]}, test-file order
 * @param evaluation   metrics with 95% bootstrap intervals
 * @param f1Intervals  95% bootstrap interval of each class's F1, {@code [6]}
 * @param history      per-epoch curves, empty for the baseline
 * @param fitSeconds   wall time of training (all epochs or all penalties)
 * @param classifier   predicts new texts, exactly as the test split was predicted
 */
public record TextRun(String key, String label, String description, double[][] probabilities,
                      Evaluation evaluation, List<Interval> f1Intervals, Optional<History> history,
                      double fitSeconds, TextClassifier classifier) {

    public TextRun {
        f1Intervals = List.copyOf(f1Intervals);
    }
}
