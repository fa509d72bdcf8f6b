package org.merlab.prep;

/**
 * The soft ranks of one vector ({@link Ranks#soft}) and their exact backward pass.
 *
 * <p>Inside each block that pool-adjacent-violators pooled, the projection subtracts the block's mean of
 * {@code s - w}, so its Jacobian with respect to {@code theta} is the identity minus the block-averaging matrix, and
 * with respect to {@code x} that divided by {@code eps} (fast-soft-sort's {@code SoftRank.vjp}). The matrix is
 * symmetric, so the vector-Jacobian product is: subtract from {@code u} its mean over each block, divide by
 * {@code eps}.
 */
public final class SoftRanks {

    private final double[] values;
    private final int[] descending;
    private final int[] blockEnds;
    private final double eps;

    SoftRanks(double[] values, int[] descending, int[] blockEnds, double eps) {
        this.values = values;
        this.descending = descending;
        this.blockEnds = blockEnds;
        this.eps = eps;
    }

    /** The soft ranks, in the input's order. */
    public double[] values() {
        return values.clone();
    }

    /**
     * {@code u^T d ranks / d x}: the gradient with respect to the input of a function whose gradient with respect to
     * the ranks is {@code u}.
     */
    public double[] vjp(double[] u) {
        if (u.length != values.length) {
            throw new IllegalArgumentException("vjp needs " + values.length + " values, got " + u.length);
        }
        double[] g = new double[u.length];
        int start = 0;
        for (int end : blockEnds) {
            double sum = 0;
            for (int k = start; k < end; k++) {
                sum += u[descending[k]];
            }
            double mean = sum / (end - start);
            for (int k = start; k < end; k++) {
                int i = descending[k];
                g[i] = (u[i] - mean) / eps;
            }
            start = end;
        }
        return g;
    }
}
