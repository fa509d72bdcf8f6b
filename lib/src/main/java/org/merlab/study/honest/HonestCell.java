package org.merlab.study.honest;

import java.util.List;

import org.merlab.eval.OutOfFold;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.ScoreRow;
import org.merlab.eval.TargetScores;

/**
 * One N of the honest study: every model's pooled out-of-fold predictions on the same folds and what they score.
 *
 * @param segments    N
 * @param statement   the fold rule in plain sentences
 * @param tracks      tracks scored
 * @param models      {@link HonestStudy#REFERENCE} first, then the rich-feature classifiers, the share regressions
 *                    and the extra learners
 * @param scores      {@code eval.CvScores} rows at segment and track level (95% group-bootstrap intervals), the
 *                    majority-class and stratified-chance rows included
 * @param comparisons every model but the reference against it, every metric, segment and track level
 * @param shares      per share regression and GEMS emotion: Spearman and Pearson of the track's predicted and
 *                    listener shares, with 95% track-bootstrap intervals
 */
public record HonestCell(int segments, String statement, int tracks, List<OutOfFold> models, List<ScoreRow> scores,
                         List<PairedComparison> comparisons, List<TargetScores> shares) {

    public HonestCell {
        models = List.copyOf(models);
        scores = List.copyOf(scores);
        comparisons = List.copyOf(comparisons);
        shares = List.copyOf(shares);
    }
}
