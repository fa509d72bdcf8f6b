package org.merlab.train;

import java.util.Locale;

/**
 * One epoch of training, as Keras' History records it. Losses are mean categorical cross-entropy
 * {@code -ln max(p[y], 1e-7)} (Keras clips at its epsilon 1e-7) and accuracies the fraction of argmax hits, both
 * measured in inference mode (no dropout, batch-norm running statistics) after the epoch, on the training and on the
 * validation set. Keras' training numbers are instead running means during the epoch, with dropout on.
 *
 * @param epoch         1-based epoch number
 * @param epochs        the planned number of epochs
 * @param learningRate  the rate this epoch was trained at
 * @param trainSeconds  wall time of the epoch's parameter updates
 * @param evalSeconds   wall time of the two evaluation passes
 */
public record EpochStats(int epoch, int epochs, double trainLoss, double trainAccuracy, double valLoss,
                         double valAccuracy, double learningRate, double trainSeconds, double evalSeconds) {

    /**
     * One progress line, e.g.
     * {@code epoch 3/50 loss 0.9121 acc 0.6400 val_loss 0.9980 val_acc 0.6000 lr 1.0e-03 12.3 s}.
     */
    public String line() {
        return String.format(Locale.ROOT, "epoch %d/%d loss %.4f acc %.4f val_loss %.4f val_acc %.4f lr %.1e %.1f s",
                epoch, epochs, trainLoss, trainAccuracy, valLoss, valAccuracy, learningRate,
                trainSeconds + evalSeconds);
    }
}
