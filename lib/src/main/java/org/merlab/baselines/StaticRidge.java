package org.merlab.baselines;

import java.util.Arrays;

import org.merlab.eval.Regression;

/**
 * The static baseline of a valence/arousal study: one value per piece, a ridge regression from piece-level audio
 * features (each input channel's mean and standard deviation over the piece's steps, {@link #summary}) to the
 * piece's mean annotation, its penalty chosen on held-out validation pieces ({@link #choose}).
 *
 * <p>Columns are penalised as given, only centred with the training rows' means: the caller supplies them in common
 * units (here summaries of fold-standardised log-mel). Rescaling each column by its SD over a few dozen training
 * pieces would blow a nearly constant column up on test pieces. The intercept is the training mean and is not
 * penalised: {@code w = (X'X + lambda I)^-1 X'(y - mean(y))} on centred {@code X}, solved by Cholesky.
 *
 * <p>Closed form rather than Smile's {@code RidgeRegression}: Smile standardises every column (and rejects a constant
 * one: a mel band at the dB floor in every training piece is one), and logs a WARN for every fit whose R² is not
 * positive, which on small folds is much of the penalty grid and would land in the notebook's cell outputs.
 */
public final class StaticRidge {

    /** The penalties {@link #choose} tries. */
    public static final double[] PENALTIES = {0.01, 0.1, 1, 10, 100, 1e3, 1e4, 1e5};

    private StaticRidge() {
    }

    /**
     * A fitted ridge regression.
     *
     * @param penalty   lambda
     * @param intercept the training targets' mean
     * @param weights   per column
     * @param centre    column means of the training rows
     */
    public record Fit(double penalty, double intercept, double[] weights, double[] centre) {

        /** The prediction for one row of the training rows' layout. */
        public double predict(double[] row) {
            if (row.length != weights.length) {
                throw new BaselineException("row has " + row.length + " columns, the fit " + weights.length);
            }
            double y = intercept;
            for (int j = 0; j < row.length; j++) {
                y += weights[j] * (row[j] - centre[j]);
            }
            return y;
        }

        /** {@link #predict} of every row. */
        public double[] predict(double[][] rows) {
            return Arrays.stream(rows).mapToDouble(this::predict).toArray();
        }
    }

    /**
     * The fit with the penalty of {@code penalties} whose validation RMSE is lowest (the first on ties), fitted on
     * the training rows only.
     *
     * @throws BaselineException if there are no penalties, or no validation rows
     */
    public static Fit choose(double[][] xTrain, double[] yTrain, double[][] xValidation, double[] yValidation,
                             double[] penalties) {
        if (penalties.length == 0 || xValidation.length == 0 || xValidation.length != yValidation.length) {
            throw new BaselineException("need penalties and as many validation targets as rows, at least one; got "
                    + penalties.length + " penalties, " + xValidation.length + " rows, " + yValidation.length
                    + " targets");
        }
        Fit best = null;
        double bestRmse = Double.POSITIVE_INFINITY;
        for (double penalty : penalties) {
            Fit fit = fit(xTrain, yTrain, penalty);
            double rmse = Regression.rmse(yValidation, fit.predict(xValidation));
            if (rmse < bestRmse) {
                best = fit;
                bestRmse = rmse;
            }
        }
        return best;
    }

    /**
     * Ridge regression of {@code y} on {@code x} with penalty {@code penalty}.
     *
     * @throws BaselineException if the penalty is not positive, the rows are ragged or fewer than two, or the
     *                           targets do not pair with them
     */
    public static Fit fit(double[][] x, double[] y, double penalty) {
        if (!(penalty > 0)) {
            throw new BaselineException("the ridge penalty must be positive, got " + penalty);
        }
        if (x.length < 2 || x.length != y.length) {
            throw new BaselineException("need at least 2 rows and one target per row; got " + x.length + " rows, "
                    + y.length + " targets");
        }
        int n = x.length;
        int p = x[0].length;
        double[] centre = new double[p];
        for (double[] row : x) {
            if (row.length != p) {
                throw new BaselineException("ragged rows: " + row.length + " columns after " + p);
            }
            for (int j = 0; j < p; j++) {
                centre[j] += row[j] / n;
            }
        }
        double intercept = Arrays.stream(y).average().orElseThrow();
        double[][] gram = new double[p][p];
        double[] zy = new double[p];
        double[] z = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[j] = x[i][j] - centre[j];
            }
            for (int j = 0; j < p; j++) {
                zy[j] += z[j] * (y[i] - intercept);
                for (int k = 0; k <= j; k++) {
                    gram[j][k] += z[j] * z[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            gram[j][j] += penalty;
        }
        return new Fit(penalty, intercept, choleskySolve(gram, zy), centre);
    }

    /**
     * A piece's features: each column's mean over the piece's rows (steps), then each column's population SD.
     *
     * @return {@code [2 * columns]}
     * @throws BaselineException if the piece has no rows
     */
    public static double[] summary(float[][] steps) {
        if (steps.length == 0) {
            throw new BaselineException("a piece needs at least one step");
        }
        int p = steps[0].length;
        double[] out = new double[2 * p];
        for (float[] row : steps) {
            for (int j = 0; j < p; j++) {
                out[j] += row[j] / steps.length;
            }
        }
        for (float[] row : steps) {
            for (int j = 0; j < p; j++) {
                out[p + j] += (row[j] - out[j]) * (row[j] - out[j]) / steps.length;
            }
        }
        for (int j = 0; j < p; j++) {
            out[p + j] = Math.sqrt(out[p + j]);
        }
        return out;
    }

    /** Solves {@code a w = b} for a symmetric positive definite {@code a} given by its lower triangle. */
    private static double[] choleskySolve(double[][] a, double[] b) {
        int p = b.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < p; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * v[k];
            }
            v[i] = s / l[i][i];
        }
        double[] w = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = v[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * w[k];
            }
            w[i] = s / l[i][i];
        }
        return w;
    }
}
