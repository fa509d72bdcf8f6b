package org.merlab.train;

import java.util.Locale;

/**
 * One epoch of training. {@code trainLoss} is what Keras' History calls {@code loss}: the mean of the minibatch
 * losses during the epoch, each computed in training mode (dropout on, batch statistics) before its update.
 * {@code valLoss} and {@code valMetric} are measured in inference mode after the epoch, as Keras' {@code val_*};
 * {@code trainMetric} too, on the training set (Keras instead averages it during the epoch in training mode). Losses
 * are the network's own objective, e.g. categorical cross-entropy.
 *
 * @param epoch         1-based epoch number
 * @param epochs        the planned number of epochs
 * @param metric        what {@code trainMetric} and {@code valMetric} measure
 * @param learningRate  the rate this epoch was trained at
 * @param trainSeconds  wall time of the epoch's parameter updates
 * @param evalSeconds   wall time of the batch-norm statistics and the two evaluation passes
 */
public record EpochStats(int epoch, int epochs, Metric metric, double trainLoss, double trainMetric, double valLoss,
                         double valMetric, double learningRate, double trainSeconds, double evalSeconds) {

    /** {@link #trainMetric()} of a classifier. */
    public double trainAccuracy() {
        return trainMetric;
    }

    /** {@link #valMetric()} of a classifier. */
    public double valAccuracy() {
        return valMetric;
    }

    /**
     * One progress line, e.g.
     * {@code epoch 3/50 loss 0.9121 acc 0.6400 val_loss 0.9980 val_acc 0.6000 lr 1.0e-03 12.3 s}.
     */
    public String line() {
        return String.format(Locale.ROOT, "epoch %d/%d loss %.4f %s %.4f val_loss %.4f val_%s %.4f lr %.1e %.1f s",
                epoch, epochs, trainLoss, metric.key(), trainMetric, valLoss, metric.key(), valMetric, learningRate,
                trainSeconds + evalSeconds);
    }
}
