package org.merlab.models;

import org.merlab.prep.SoftRanks;
import org.merlab.prep.StandardScaler;

/**
 * Pearson's correlation of soft ranks with fixed target ranks, and its gradient with respect to the inputs of the
 * soft ranks: with centred {@code rc} and {@code tc},
 * {@code d rho / d r = tc / (|rc| |tc|) - rho rc / |rc|^2}, then back through {@link SoftRanks#vjp}.
 *
 * @param value    the correlation, 0 when either side is constant
 * @param gradient {@code d value / d x}, zeros when either side is constant
 */
public record SoftCorrelation(double value, double[] gradient) {

    /**
     * @param constant a side whose centred norm is at most {@code constant * (1 + its largest magnitude)} counts as
     *                 constant (no defined correlation)
     */
    public static SoftCorrelation of(SoftRanks soft, double[] targetRanks, double constant) {
        double[] r = soft.values();
        int n = r.length;
        if (targetRanks.length != n) {
            throw new IllegalArgumentException(n + " ranks but " + targetRanks.length + " target ranks");
        }
        double[] rc = StandardScaler.centred(r);
        double[] tc = StandardScaler.centred(targetRanks);
        double rNorm = norm(rc);
        double tNorm = norm(tc);
        if (rNorm <= constant * (1 + maxAbs(r)) || tNorm <= constant * (1 + maxAbs(targetRanks))) {
            return new SoftCorrelation(0, new double[n]);
        }
        double dot = 0;
        for (int i = 0; i < n; i++) {
            dot += rc[i] * tc[i];
        }
        double rho = dot / (rNorm * tNorm);
        double[] dRho = new double[n];
        for (int i = 0; i < n; i++) {
            dRho[i] = tc[i] / (rNorm * tNorm) - rho * rc[i] / (rNorm * rNorm);
        }
        return new SoftCorrelation(rho, soft.vjp(dRho));
    }


    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
