package org.merlab.eval;

import org.merlab.models.Ranks;

/** Pearson's and Spearman's correlation of two equally long vectors ({@code scipy.stats.pearsonr}/{@code spearmanr}). */
public final class Correlation {

    private Correlation() {
    }

    /** Pearson's r; NaN when either side is constant (scipy warns and returns NaN too). */
    public static double pearson(double[] a, double[] b) {
        if (a.length != b.length || a.length < 2) {
            throw new EvalException("a correlation needs two vectors of one length >= 2, got " + a.length + " and "
                    + b.length);
        }
        double ma = mean(a);
        double mb = mean(b);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return aa == 0 || bb == 0 ? Double.NaN : ab / Math.sqrt(aa * bb);
    }

    /** Spearman's rho: Pearson's r of the tie-averaged ranks. */
    public static double spearman(double[] a, double[] b) {
        return pearson(Ranks.average(a), Ranks.average(b));
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
