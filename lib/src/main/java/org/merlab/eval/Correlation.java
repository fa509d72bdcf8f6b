package org.merlab.eval;

import org.merlab.prep.Ranks;

/**
 * Spearman's correlation of two equally long vectors ({@code scipy.stats.spearmanr}), and the moments the
 * per-target scores need; Pearson's r is {@link Regression#pearson}.
 */
public final class Correlation {

    private Correlation() {
    }

    /** Spearman's rho: Pearson's r of the tie-averaged ranks; NaN when either side is constant. */
    public static double spearman(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new EvalException("a correlation needs two vectors of one length >= 2, got " + a.length + " and "
                    + b.length);
        }
        return Regression.pearson(Ranks.average(a), Ranks.average(b));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Population standard deviation (numpy's {@code std}, ddof 0). */
    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }
}
