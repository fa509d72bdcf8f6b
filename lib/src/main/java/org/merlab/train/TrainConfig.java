package org.merlab.train;

/**
 * Settings of one training run; validates itself.
 *
 * @param epochs                 most epochs to run, at least 1
 * @param batchSize              examples per update, at least 1 (the last batch of an epoch may be smaller)
 * @param learningRate           RMSprop's initial rate, positive
 * @param plateau                learning-rate reduction on a validation-loss plateau
 * @param earlyStoppingPatience  stop after this many epochs without a lower validation loss, at least 1; the best
 *                               epoch's parameters are restored either way
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, ReduceLrOnPlateau plateau,
                          int earlyStoppingPatience) {

    public TrainConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite, got " + learningRate);
        }
        if (plateau == null) {
            throw new IllegalArgumentException("plateau must be given (ReduceLrOnPlateau.off() for none)");
        }
        if (earlyStoppingPatience < 1) {
            throw new IllegalArgumentException(
                    "earlyStoppingPatience must be at least 1, got " + earlyStoppingPatience);
        }
    }

    /**
     * The paper's optimiser (RMSprop, rate 1e-3) with our choices where it gives none: 100 epochs, batch 32,
     * {@link ReduceLrOnPlateau#defaults()}, early stopping after 15 epochs without improvement.
     */
    public static TrainConfig defaults() {
        return new TrainConfig(100, 32, 1e-3, ReduceLrOnPlateau.defaults(), 15);
    }

    public TrainConfig withEpochs(int value) {
        return new TrainConfig(value, batchSize, learningRate, plateau, earlyStoppingPatience);
    }

    public TrainConfig withBatchSize(int value) {
        return new TrainConfig(epochs, value, learningRate, plateau, earlyStoppingPatience);
    }

    public TrainConfig withPlateau(ReduceLrOnPlateau value) {
        return new TrainConfig(epochs, batchSize, learningRate, value, earlyStoppingPatience);
    }

    public TrainConfig withEarlyStoppingPatience(int value) {
        return new TrainConfig(epochs, batchSize, learningRate, plateau, value);
    }
}
