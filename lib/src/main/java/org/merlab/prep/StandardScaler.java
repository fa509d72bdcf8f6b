package org.merlab.prep;

/**
 * Per-feature standardisation {@code z = (x - mean) / scale}, as scikit-learn's {@code StandardScaler}: the scale is
 * the population standard deviation (ddof 0), and 1 for a constant feature. Fit it on the training part only.
 *
 * @param mean  {@code [features]}
 * @param scale {@code [features]}, all positive
 */
public record StandardScaler(double[] mean, double[] scale) {

    public StandardScaler {
        if (mean.length != scale.length) {
            throw new PrepException("mean has " + mean.length + " entries but scale has " + scale.length);
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Means and standard deviations of the training rows. */
    public static StandardScaler fit(Samples train) {
        return fit(train.x());
    }

    /** {@code x} minus its mean: one centring rule for correlations (eval's within-piece Pearson, models' soft rho). */
    public static double[] centred(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i] - mean;
        }
        return c;
    }

    /**
     * Means and standard deviations of {@code rows[n][features]}, e.g. every time step of the training pieces.
     *
     * @throws PrepException if there are no rows or they differ in length
     */
    public static StandardScaler fit(double[][] rows) {
        if (rows.length == 0) {
            throw new PrepException("cannot fit a StandardScaler on 0 rows");
        }
        int n = rows.length;
        int p = rows[0].length;
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != p) {
                throw new PrepException("row " + i + " has " + rows[i].length + " features, row 0 has " + p);
            }
            for (int j = 0; j < p; j++) {
                mean[j] += rows[i][j] / n;
            }
        }
        double[] scale = new double[p];
        for (double[] row : rows) {
            for (int j = 0; j < p; j++) {
                double d = row[j] - mean[j];
                scale[j] += d * d / n;
            }
        }
        for (int j = 0; j < p; j++) {
            scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        }
        return new StandardScaler(mean, scale);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** {@code x[rows][features]} standardised; a new array. */
    public double[][] transform(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != mean.length) {
                throw new PrepException("row " + i + " has " + x[i].length + " features, the scaler was fitted on "
                        + mean.length);
            }
            z[i] = new double[mean.length];
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }

    /** The same rows, labels and groups with standardised features. */
    public Samples transform(Samples samples) {
        return new Samples(transform(samples.x()), samples.y(), samples.group(), samples.classes());
    }
}
