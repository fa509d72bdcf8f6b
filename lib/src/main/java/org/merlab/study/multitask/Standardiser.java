package org.merlab.study.multitask;

/**
 * Per-target z-scores with a training fold's mean and population SD (1 where the SD is 0), and back.
 */
record Standardiser(double[] mean, double[] sd) {

    static Standardiser of(double[][] y) {
        int k = y[0].length;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (double[] row : y) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / y.length;
            }
        }
        for (double[] row : y) {
            for (int j = 0; j < k; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / y.length;
            }
        }
        for (int j = 0; j < k; j++) {
            sd[j] = sd[j] == 0 ? 1 : Math.sqrt(sd[j]);
        }
        return new Standardiser(mean, sd);
    }

    double[][] apply(double[][] y) {
        double[][] z = new double[y.length][mean.length];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (y[i][j] - mean[j]) / sd[j];
            }
        }
        return z;
    }

    double[][] invert(double[][] z) {
        double[][] y = new double[z.length][mean.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                y[i][j] = z[i][j] * sd[j] + mean[j];
            }
        }
        return y;
    }
}
