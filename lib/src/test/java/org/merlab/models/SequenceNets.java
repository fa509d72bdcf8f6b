package org.merlab.models;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Inputs and inference helpers shared by the sequence-model tests. */
final class SequenceNets {

    private SequenceNets() {
    }

    /** {@code [batch][nIn][steps]} of seeded Gaussian values. */
    static INDArray input(long seed, int batch, int nIn, int steps) {
        return Nd4j.randn(seed, new long[] {batch, nIn, steps}).castTo(DataType.FLOAT);
    }

    /** A {@code [batch][steps]} mask with the first {@code lengths[b]} steps of row {@code b} on. */
    static INDArray mask(int steps, int... lengths) {
        float[][] m = new float[lengths.length][steps];
        for (int b = 0; b < lengths.length; b++) {
            for (int t = 0; t < lengths[b]; t++) {
                m[b][t] = 1f;
            }
        }
        return Nd4j.createFromArray(m);
    }

    /** Inference with a feature mask (and the same label mask), as the trainer runs it. */
    static INDArray output(MultiLayerNetwork net, INDArray x, INDArray mask) {
        return net.output(x, false, mask, mask);
    }
}
