package org.merlab.eval;

/** Checks and argmax of class-probability rows {@code [rows][classes]}, shared by every scorer here. */
public final class Probabilities {

    private static final double SUM_TOLERANCE = 1e-4;

    private Probabilities() {
    }

    /**
     * Throws unless {@code probabilities} has {@code rows} rows of {@code k} entries in {@code [0, 1]} summing to 1.
     *
     * @param what names the source in the message, e.g. {@code "probability"} or {@code "model knn fold 2: probability"}
     */
    static void check(double[][] probabilities, int rows, int k, String what) {
        if (probabilities.length != rows) {
            throw new EvalException(what + ": got " + probabilities.length + " rows for " + rows + " labels");
        }
        for (int i = 0; i < rows; i++) {
            double[] row = probabilities[i];
            if (row.length != k) {
                throw new EvalException(what + " row " + i + " has " + row.length + " entries for " + k + " classes");
            }
            double sum = 0;
            for (double p : row) {
                if (!(p >= 0 && p <= 1)) {
                    throw new EvalException(what + " row " + i + " holds " + p + ", outside [0, 1]");
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new EvalException(what + " row " + i + " sums to " + sum + ", not 1");
            }
        }
    }

    /** The index of the largest entry, ties to the lower index. */
    public static int argmax(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    /** {@link #argmax} of every row. */
    static int[] argmax(double[][] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = argmax(rows[i]);
        }
        return out;
    }
}
