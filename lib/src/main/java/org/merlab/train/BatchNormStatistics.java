package org.merlab.train;

import java.util.Arrays;

import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How a batch-normalisation layer's inference statistics (the mean and variance it normalises by when not training)
 * are estimated.
 *
 * <p>Keras and DL4J keep an exponential moving average of the minibatch statistics, starting at mean 0 and variance 1,
 * with momentum 0.99: the average forgets its start by a factor 0.99 per update, so it needs about
 * {@code ln(1 / error) / 0.01} updates to come within {@code error} of the truth. On the paper's CNN-LSTM the first
 * block's activations have variances near 0.001-0.005, 200 to 1000 times below the starting 1; with the 17-35
 * minibatches an epoch of a small dataset gives, the averages are still far off after 10 or 20 epochs, every
 * inference-mode output is wrong (one class for every row), and early stopping on the validation loss restores epoch
 * 1. {@link #RECOMPUTED} measures the statistics instead, as "precise BN" does (Wu &amp; Johnson 2021, "Rethinking
 * 'Batch' in BatchNorm", Section 3): after every epoch, each batch-norm layer in forward order gets the exact mean and
 * (biased, as Keras keeps it) variance of its input over the training set in inference mode, i.e. with dropout off and
 * the earlier layers already updated. That also removes the train/inference variance shift of a dropout placed just
 * before a batch norm (the paper's head: Dense, Dropout, BatchNorm).
 */
public enum BatchNormStatistics {

    /** Keras' and DL4J's exponential moving average, left as training made it. */
    MOVING_AVERAGE,

    /** The population statistics of the training set, measured in inference mode after every epoch. */
    RECOMPUTED;

    /** Most training rows the statistics are measured on; more changes them little and costs forward passes. */
    static final int MAX_ROWS = 8192;

    /**
     * Most bytes of activations kept between the layers' passes: the paper's CNN-LSTM needs 117 MB of float32 for
     * 8192 rows at its widest batch-norm input (128 channels x 28 steps).
     */
    static final long CACHE_BYTES = 256L << 20;

    /** Sets every batch-norm layer of {@code net} to the statistics of its inference-mode input over {@code data}. */
    static void recompute(Network net, Examples data, int batchSize) {
        recompute(net, data, batchSize, CACHE_BYTES);
    }

    /**
     * {@link #recompute(Network, Examples, int)}, keeping each layer's inputs of up to {@code cacheBytes} so that the
     * pass for the next batch-norm layer resumes there (after this layer's new statistics) instead of starting again
     * from the network's input: about one forward pass in all rather than one per layer, with the same results. Inputs
     * larger than that, graphs and masked batches are measured by a pass from the input (or the last kept layer).
     */
    static void recompute(Network net, Examples data, int batchSize, long cacheBytes) {
        int rows = Math.min(data.size(), MAX_ROWS);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            // Evenly spaced rows: deterministic, and spread over the whole set rather than its first tracks.
            order[i] = (int) ((long) i * data.size() / rows);
        }
        int chunks = (rows + batchSize - 1) / batchSize;
        INDArray[] kept = new INDArray[chunks];
        Layer keptAt = null;
        try {
            for (Layer layer : net.batchNormLayers()) {
                var moments = new Moments();
                INDArray[] inputs = new INDArray[chunks];
                boolean keep = false;
                for (int c = 0; c < chunks; c++) {
                    DataSet batch = data.batch(order, c * batchSize, Math.min(rows, (c + 1) * batchSize));
                    try {
                        boolean resumable = net.resumable(batch);
                        INDArray input = keptAt != null && resumable ? net.advance(keptAt, kept[c], layer,
                                Math.toIntExact(batch.getFeatures().size(0)))
                                : net.inputOf(layer, batch);
                        if (c == 0) {
                            keep = resumable && input.length() * input.dataType().width() * chunks <= cacheBytes;
                        }
                        moments.add(input, batch.getFeaturesMaskArray());
                        if (keep) {
                            inputs[c] = input;
                        } else {
                            input.close();
                        }
                    } finally {
                        NativeGarbage.release(batch);
                    }
                }
                if (keep) {
                    close(kept);
                    kept = inputs;
                    keptAt = layer;
                }
                INDArray mean = layer.getParam("mean");
                mean.assign(moments.mean().reshape(mean.shape()).castTo(mean.dataType()));
                INDArray var = layer.getParam("var");
                var.assign(moments.variance().reshape(var.shape()).castTo(var.dataType()));
            }
        } finally {
            close(kept);
        }
    }

    private static void close(INDArray[] arrays) {
        for (INDArray a : arrays) {
            if (a != null) {
                a.close();
            }
        }
    }

    /**
     * Per-channel count, mean and sum of squared deviations, merged batch by batch (Chan et al.'s pairwise update) in
     * double precision. Channels are dimension 1 of {@code [b][c]}, NCW {@code [b][c][t]} and NCHW {@code [b][c][h][w]};
     * a {@code [b][t]} mask leaves padded steps out.
     */
    private static final class Moments {
        private double[] count;
        private double[] mean;
        private double[] m2;

        void add(INDArray activations, INDArray mask) {
            int channels = Math.toIntExact(activations.size(1));
            int[] others = otherDims(activations.rank());
            long[] channelShape = new long[activations.rank()];
            Arrays.fill(channelShape, 1);
            channelShape[1] = channels;
            // Every temporary is closed here: they are as large as the activations, and would otherwise wait for
            // the garbage collector, which a small Java heap rarely runs.
            INDArray a = activations.dataType() == DataType.DOUBLE ? activations.dup()
                    : activations.castTo(DataType.DOUBLE);
            INDArray weight = mask != null && a.rank() == 3 && mask.size(1) == a.size(2)
                    ? broadcastMask(mask, a)
                    : Nd4j.onesLike(a);
            double[] n = sumOver(weight, others);
            INDArray weighted = a.mul(weight);
            double[] batchMean = sumOver(weighted, others);
            weighted.close();
            for (int c = 0; c < channels; c++) {
                batchMean[c] = n[c] > 0 ? batchMean[c] / n[c] : 0;
            }
            INDArray means = Nd4j.createFromArray(batchMean).reshape(channelShape);
            INDArray spread = means.broadcast(a.shape());
            INDArray centred = a.subi(spread).muli(a).muli(weight);
            double[] batchM2 = sumOver(centred, others);
            for (INDArray t : new INDArray[] {means, spread, weight, a}) {
                t.close();
            }
            merge(n, batchMean, batchM2);
        }

        private static INDArray broadcastMask(INDArray mask, INDArray like) {
            INDArray m = mask.castTo(DataType.DOUBLE);
            INDArray b = m.reshape(like.size(0), 1, like.size(2)).broadcast(like.shape());
            m.close();
            return b;
        }

        private static double[] sumOver(INDArray a, int[] dims) {
            INDArray sum = a.sum(dims);
            double[] v = sum.toDoubleVector();
            sum.close();
            return v;
        }

        private static int[] otherDims(int rank) {
            int[] dims = new int[rank - 1];
            dims[0] = 0;
            for (int d = 2; d < rank; d++) {
                dims[d - 1] = d;
            }
            return dims;
        }

        private void merge(double[] nB, double[] meanB, double[] m2B) {
            if (count == null) {
                count = nB;
                mean = meanB;
                m2 = m2B;
                return;
            }
            for (int c = 0; c < count.length; c++) {
                double n = count[c] + nB[c];
                if (n == 0) {
                    continue;
                }
                double delta = meanB[c] - mean[c];
                mean[c] += delta * nB[c] / n;
                m2[c] += m2B[c] + delta * delta * count[c] * nB[c] / n;
                count[c] = n;
            }
        }

        INDArray mean() {
            return Nd4j.createFromArray(mean);
        }

        INDArray variance() {
            double[] v = new double[m2.length];
            for (int c = 0; c < v.length; c++) {
                v[c] = count[c] > 0 ? m2[c] / count[c] : 1;
            }
            return Nd4j.createFromArray(v);
        }
    }
}
