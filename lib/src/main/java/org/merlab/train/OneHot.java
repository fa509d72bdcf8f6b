package org.merlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** One-hot label batches for a softmax output trained with MCXENT. */
final class OneHot {

    private OneHot() {
    }

    /** {@code [to - from][nClasses]} with a 1 at {@code y[order[b]]} in row {@code b - from}. */
    static INDArray of(int[] y, int[] order, int from, int to, int nClasses) {
        float[] hot = new float[(to - from) * nClasses];
        for (int b = from; b < to; b++) {
            hot[(b - from) * nClasses + y[order[b]]] = 1f;
        }
        return Nd4j.create(hot, new long[] {to - from, nClasses}, 'c');
    }
}
