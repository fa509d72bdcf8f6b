package org.merlab.study;

import java.util.List;

import org.merlab.eval.OutOfFold;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.ScoreRow;
import org.merlab.prep.LeakageStats;
import org.merlab.prep.Protocol;

/**
 * One N x protocol cell cross-validated: every model's pooled out-of-fold predictions scored once, beside the
 * majority-class and stratified-chance rows, and the network compared with the strongest baseline on the same rows.
 *
 * @param segments    N
 * @param protocol    how the folds were made
 * @param statement   the fold rule in plain sentences, including classes some folds lack
 * @param leakage     per fold, test rows that share a track with training (0 for every honest fold)
 * @param models      the network first, then the baselines
 * @param scores      {@link org.merlab.eval.CvScores} rows at segment and track level with 95% group-bootstrap
 *                    intervals
 * @param comparisons the network against {@code strongestBaseline}, every metric, paired over the same groups
 * @param strongestBaseline the baseline with the highest pooled segment accuracy
 */
public record CvRun(int segments, Protocol protocol, String statement, List<LeakageStats> leakage,
                    List<OutOfFold> models, List<ScoreRow> scores, List<PairedComparison> comparisons,
                    String strongestBaseline) {

    public CvRun {
        leakage = List.copyOf(leakage);
        models = List.copyOf(models);
        scores = List.copyOf(scores);
        comparisons = List.copyOf(comparisons);
    }

    /** Stable lowercase tag for report names, e.g. {@code n20-honest}. */
    public String tag() {
        return "n" + segments + "-" + StudyRun.protocolName(protocol);
    }
}
