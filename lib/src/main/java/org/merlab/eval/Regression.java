package org.merlab.eval;

/**
 * Regression metrics of predictions against truth, over paired arrays: the numbers a valence/arousal study
 * reports. All are population statistics (divisor {@code n}).
 *
 * <ul>
 *   <li>RMSE {@code sqrt(mean((p - y)^2))}, MAE {@code mean(|p - y|)};</li>
 *   <li>Pearson {@code r}; NaN when either side is constant (a mean predictor has no correlation);</li>
 *   <li>{@code R^2 = 1 - SSE / SST} against the truth's own mean (scikit-learn's {@code r2_score}); NaN when the
 *       truth is constant;</li>
 *   <li>Lin's concordance correlation {@code CCC = 2 cov(p, y) / (var p + var y + (mean p - mean y)^2)}, which,
 *       unlike r, also counts bias and scale (0 for a constant prediction).</li>
 * </ul>
 */
public final class Regression {

    private Regression() {
    }

    public static double rmse(double[] y, double[] p) {
        check(y, p);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return Math.sqrt(s / y.length);
    }

    public static double mae(double[] y, double[] p) {
        check(y, p);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(p[i] - y[i]);
        }
        return s / y.length;
    }

    public static double pearson(double[] y, double[] p) {
        Moments m = Moments.of(y, p);
        return m.vy == 0 || m.vp == 0 ? Double.NaN : m.cov / Math.sqrt(m.vy * m.vp);
    }

    public static double r2(double[] y, double[] p) {
        Moments m = Moments.of(y, p);
        if (m.vy == 0) {
            return Double.NaN;
        }
        double sse = 0;
        for (int i = 0; i < y.length; i++) {
            sse += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return 1 - sse / (m.vy * y.length);
    }

    public static double ccc(double[] y, double[] p) {
        Moments m = Moments.of(y, p);
        double denominator = m.vy + m.vp + (m.my - m.mp) * (m.my - m.mp);
        return denominator == 0 ? Double.NaN : 2 * m.cov / denominator;
    }

    static void check(double[] y, double[] p) {
        if (y.length != p.length) {
            throw new EvalException("got " + p.length + " predictions for " + y.length + " targets");
        }
        if (y.length == 0) {
            throw new EvalException("no values to score");
        }
    }

    /** Means, population variances and covariance of a pair of series. */
    private record Moments(double my, double mp, double vy, double vp, double cov) {
        static Moments of(double[] y, double[] p) {
            check(y, p);
            double my = 0;
            double mp = 0;
            for (int i = 0; i < y.length; i++) {
                my += y[i];
                mp += p[i];
            }
            my /= y.length;
            mp /= y.length;
            double vy = 0;
            double vp = 0;
            double cov = 0;
            for (int i = 0; i < y.length; i++) {
                vy += (y[i] - my) * (y[i] - my);
                vp += (p[i] - mp) * (p[i] - mp);
                cov += (y[i] - my) * (p[i] - mp);
            }
            // Rounding leaves a constant series a variance of ~1e-33 instead of 0.
            double tiny = 1e-24 * y.length;
            return new Moments(my, mp, vy < tiny ? 0 : vy / y.length, vp < tiny ? 0 : vp / y.length,
                    cov / y.length);
        }
    }
}
