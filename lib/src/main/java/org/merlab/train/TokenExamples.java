package org.merlab.train;

import java.util.Arrays;

import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Token-id sequences with one class label each (text classification). A batch is padded with id 0 to its longest
 * example, cut at {@code maxLength}: features {@code [b][T]} of ids as floats (what DL4J's
 * {@code EmbeddingSequenceLayer} reads), a feature mask {@code [b][T]} with 1 on real tokens, and one-hot labels
 * {@code [b][nClasses]}. Id 0 is therefore the padding id of the vocabulary.
 */
final class TokenExamples implements Examples {

    private final int[][] ids;
    private final int[] y;
    private final int nClasses;
    private final int maxLength;

    /** {@code y} may be null for prediction only. */
    TokenExamples(int[][] ids, int[] y, int nClasses, int maxLength) {
        if (ids == null || ids.length == 0) {
            throw new IllegalArgumentException("tokens: no examples");
        }
        if (maxLength < 1 || nClasses < 2) {
            throw new IllegalArgumentException("tokens: maxLength must be at least 1 and nClasses at least 2, got "
                    + maxLength + ", " + nClasses);
        }
        if (y != null && y.length != ids.length) {
            throw new IllegalArgumentException("tokens: " + y.length + " labels for " + ids.length + " examples");
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].length == 0) {
                throw new IllegalArgumentException("tokens: example " + i + " has no tokens (map empty text to the"
                        + " out-of-vocabulary token)");
            }
            if (y != null && (y[i] < 0 || y[i] >= nClasses)) {
                throw new IllegalArgumentException("tokens: label " + y[i] + " at example " + i + " is outside 0.."
                        + (nClasses - 1));
            }
        }
        this.ids = ids;
        this.y = y;
        this.nClasses = nClasses;
        this.maxLength = maxLength;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public Metric metric() {
        return Metric.ACCURACY;
    }

    @Override
    public DataSet batch(int[] order, int from, int to) {
        int n = to - from;
        int longest = 0;
        for (int b = from; b < to; b++) {
            longest = Math.max(longest, Math.min(maxLength, ids[order[b]].length));
        }
        float[] flat = new float[n * longest];
        float[] mask = new float[n * longest];
        for (int b = 0; b < n; b++) {
            int[] row = ids[order[from + b]];
            int length = Math.min(maxLength, row.length);
            for (int t = 0; t < length; t++) {
                flat[b * longest + t] = row[t];
            }
            Arrays.fill(mask, b * longest, b * longest + length, 1f);
        }
        var features = Nd4j.create(flat, new long[] {n, longest}, 'c');
        var featureMask = Nd4j.create(mask, new long[] {n, longest}, 'c');
        if (y == null) {
            return new DataSet(features, null, featureMask, null);
        }
        return new DataSet(features, OneHot.of(y, order, from, to, nClasses), featureMask, null);
    }
}
