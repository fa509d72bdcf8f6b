package org.merlab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The number reported beside the loss each epoch, accumulated batch by batch as a sum and a count so a mean over
 * the whole set comes out exactly, however it is cut into batches.
 */
public enum Metric {

    /** Fraction of examples whose largest output is the labelled class (Keras' {@code accuracy}). */
    ACCURACY("acc") {
        @Override
        double[] sum(INDArray output, INDArray labels, INDArray labelMask) {
            long hits = output.argMax(1).eq(labels.argMax(1)).castTo(DataType.INT)
                    .sumNumber().longValue();
            return new double[] {hits, output.size(0)};
        }
    },

    /**
     * Mean absolute error over every real (unmasked) target value: Keras' {@code mae}. Outputs and labels are
     * {@code [n][outputs]} or {@code [n][outputs][steps]} with a {@code [n][steps]} mask.
     */
    MAE("mae") {
        @Override
        double[] sum(INDArray output, INDArray labels, INDArray labelMask) {
            INDArray error = Transforms.abs(output.sub(labels), false);
            if (labelMask == null) {
                return new double[] {error.sumNumber().doubleValue(), error.length()};
            }
            INDArray mask = labelMask.reshape(labelMask.size(0), 1, labelMask.size(1)).broadcast(error.shape());
            double count = labelMask.sumNumber().doubleValue() * error.size(1);
            return new double[] {error.mul(mask).sumNumber().doubleValue(), count};
        }
    };

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    /** Keras' history key, e.g. {@code acc}; the validation one is {@code val_acc}. */
    public String key() {
        return key;
    }

    /** {@code {sum, count}} of this batch. */
    abstract double[] sum(INDArray output, INDArray labels, INDArray labelMask);
}
