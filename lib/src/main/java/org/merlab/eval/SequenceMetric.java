package org.merlab.eval;

import java.util.List;
import java.util.function.BiFunction;

import org.merlab.prep.StandardScaler;

/**
 * The metrics of a per-step valence or arousal prediction over a set of pieces, each piece a pair of series
 * (truth, prediction). Pooled metrics treat every step of every piece as one sample; per-piece metrics average over
 * pieces; the within-piece correlation pools each piece's deviations from its own means, so it measures how well
 * the ups and downs inside pieces are followed, whatever the level of each piece. Pieces whose truth or prediction
 * is constant (or shorter than 3 steps) have no correlation and are left out of the per-piece averages.
 */
public enum SequenceMetric {
    RMSE("rmse", Regression::rmse),
    MAE("mae", Regression::mae),
    PEARSON("r", Regression::pearson),
    R2("r2", Regression::r2),
    CCC("ccc", Regression::ccc),
    PIECE_PEARSON("piece_r", null),
    PIECE_CCC("piece_ccc", null),
    WITHIN_PEARSON("within_r", null);

    private final String label;
    private final BiFunction<double[], double[], Double> pooled;

    SequenceMetric(String label, BiFunction<double[], double[], Double> pooled) {
        this.label = label;
        this.pooled = pooled;
    }

    /** The column name in tables, e.g. {@code within_r}. */
    public String label() {
        return label;
    }

    /**
     * The metric over {@code truth.get(i)} and {@code predicted.get(i)} of every piece {@code i}.
     *
     * @throws EvalException if a piece's two series differ in length, or there are no pieces
     */
    public double of(List<double[]> truth, List<double[]> predicted) {
        if (truth.size() != predicted.size() || truth.isEmpty()) {
            throw new EvalException("need as many predicted as true pieces, at least one; got "
                    + predicted.size() + " and " + truth.size());
        }
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).length != predicted.get(i).length) {
                throw new EvalException("piece " + i + ": " + predicted.get(i).length + " predicted steps for "
                        + truth.get(i).length + " true ones");
            }
        }
        return switch (this) {
            case PIECE_PEARSON -> perPiece(truth, predicted, Regression::pearson);
            case PIECE_CCC -> perPiece(truth, predicted, Regression::ccc);
            case WITHIN_PEARSON -> Regression.pearson(concat(centred(truth)), concat(centred(predicted)));
            default -> pooled.apply(concat(truth), concat(predicted));
        };
    }

    private static List<double[]> centred(List<double[]> pieces) {
        return pieces.stream().map(StandardScaler::centred).toList();
    }

    private static double perPiece(List<double[]> truth, List<double[]> predicted,
                                   BiFunction<double[], double[], Double> metric) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (truth.get(i).length >= 3) {
                double v = metric.apply(truth.get(i), predicted.get(i));
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static double[] concat(List<double[]> pieces) {
        int n = 0;
        for (double[] p : pieces) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : pieces) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
