package org.merlab.text;

/**
 * A sparse vector: {@code values[i]} at position {@code indices[i]}, indices strictly ascending, all below
 * {@code dimension}; every other position is 0.
 */
public record SparseVector(int dimension, int[] indices, double[] values) {

    public SparseVector {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("got " + indices.length + " indices for " + values.length + " values");
        }
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= dimension || i > 0 && indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("index " + indices[i] + " at " + i
                        + " is not ascending within [0, " + dimension + ")");
            }
        }
        indices = indices.clone();
        values = values.clone();
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Stored (non-zero) entries. */
    public int size() {
        return indices.length;
    }

    /** The value at {@code index}. */
    public double get(int index) {
        int at = java.util.Arrays.binarySearch(indices, index);
        return at >= 0 ? values[at] : 0;
    }

    /** Euclidean norm. */
    public double norm() {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
