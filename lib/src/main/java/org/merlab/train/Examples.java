package org.merlab.train;

import org.nd4j.linalg.dataset.DataSet;

/**
 * Training or evaluation examples that build their own minibatches: features, labels and, for sequences of
 * different lengths, the feature and label masks DL4J expects. The {@link Trainer} only shuffles row indices and asks
 * for batches, so one loop serves classification of feature vectors, of token sequences and per-time-step regression.
 *
 * <p>Every batch is a fresh {@link DataSet} of off-heap arrays; the trainer closes them after use, so nothing waits
 * for the garbage collector to free native memory.
 */
public interface Examples {

    /** Number of examples. */
    int size();

    /** How predictions are scored beside the loss: accuracy for classes, mean absolute error for real targets. */
    Metric metric();

    /** Rows {@code order[from..to)} as one minibatch. */
    DataSet batch(int[] order, int from, int to);

    /**
     * Feature vectors with class labels, laid out for the network's first layer (see {@link VectorExamples}).
     *
     * @param x rows {@code [n][length]}
     * @param y class indices {@code [n]} in {@code 0..nClasses-1}, or null for prediction only
     */
    static Examples classes(double[][] x, int[] y, VectorLayout layout) {
        return new VectorExamples(x, y, layout);
    }

    /**
     * Sequences with a real-valued target at every step, for masked per-time-step regression (see
     * {@link SequenceExamples}).
     *
     * @param x {@code [n][steps][channels]}; examples may differ in steps
     * @param y {@code [n][steps][outputs]}, as many steps as the example's features, or null for prediction only
     */
    static Examples sequences(float[][][] x, float[][][] y) {
        return new SequenceExamples(x, y);
    }

    /**
     * Token-id sequences with one class label each (see {@link TokenExamples}).
     *
     * @param ids       {@code [n][length]} token ids, unpadded; longer ones are cut at {@code maxLength}
     * @param y         class indices {@code [n]}, or null for prediction only
     * @param maxLength the longest sequence a batch may hold
     */
    static Examples tokens(int[][] ids, int[] y, int nClasses, int maxLength) {
        return new TokenExamples(ids, y, nClasses, maxLength);
    }

    /**
     * Feature maps {@code [n][bins][frames]} of one shape with class labels (see {@link MapExamples}).
     *
     * @param image whether the network reads each map as a one-channel image (2-D CNN) rather than a sequence
     * @param y     class indices {@code [n]}, or null for prediction only
     */
    static Examples mapClasses(float[][][] x, boolean image, int[] y, int nClasses) {
        return new MapExamples(x, image, y, nClasses, null);
    }

    /**
     * Feature maps {@code [n][bins][frames]} of one shape with real targets {@code [n][K]} (see {@link MapExamples}).
     *
     * @throws IllegalArgumentException naming the example and target of a NaN or infinite target
     */
    static Examples mapTargets(float[][][] x, boolean image, double[][] targets) {
        return new MapExamples(x, image, null, 0, targets);
    }
}
