package org.merlab.train;

/**
 * What an epoch does with the rows left over when the training set is not a multiple of the batch size. A short last
 * batch gives its few rows a full update's weight and, through batch norm, normalises them by statistics of a handful
 * of rows (a batch of one has variance 0); both rules below avoid it.
 */
public enum LastBatch {

    /**
     * A remainder smaller than half a batch, or of a single row, joins the batch before it (so no batch is smaller than half the batch
     * size, nor larger than one and a half); a larger remainder is a batch of its own.
     */
    MERGE,

    /**
     * The remainder is left out of this epoch (PyTorch's {@code drop_last}); the epoch's shuffle decides which rows,
     * so every row is still seen over the epochs.
     */
    DROP;

    /**
     * Batch boundaries for {@code rows} rows: batch {@code i} is {@code [bounds[i], bounds[i + 1])}.
     *
     * @throws IllegalArgumentException if there are fewer rows than one batch needs under this rule
     */
    int[] bounds(int rows, int batchSize) {
        int full = rows / batchSize;
        int rest = rows % batchSize;
        if (full == 0 && (this == DROP || rows < 2)) {
            throw new IllegalArgumentException(rows + " training rows are too few for batches of " + batchSize
                    + " under LastBatch." + this);
        }
        boolean ownBatch = rest > 0 && (full == 0 || this == MERGE && 2 * rest >= batchSize && rest >= 2);
        int batches = full + (ownBatch ? 1 : 0);
        int[] bounds = new int[batches + 1];
        for (int i = 1; i <= full; i++) {
            bounds[i] = i * batchSize;
        }
        if (ownBatch) {
            bounds[batches] = rows;
        } else if (this == MERGE) {
            bounds[full] = rows;
        }
        return bounds;
    }

    /**
     * The chunks inference scores {@code rows} rows in, about {@code batchSize} each: {@link #MERGE}'s bounds, so no
     * chunk is a single row when there are two or more (a loss over the whole minibatch, such as a rank correlation,
     * cannot score one row); a set of one row is one chunk, an empty set none.
     */
    static int[] chunks(int rows, int batchSize) {
        return rows < 2 ? (rows == 0 ? new int[] {0} : new int[] {0, 1}) : MERGE.bounds(rows, batchSize);
    }
}
