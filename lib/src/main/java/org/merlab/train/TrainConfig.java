package org.merlab.train;

/**
 * Settings of one training run; validates itself.
 *
 * @param epochs                 most epochs to run, at least 1
 * @param batchSize              examples per update, at least 2
 * @param learningRate           the updater's initial rate, positive
 * @param plateau                learning-rate reduction on a validation-loss plateau
 * @param earlyStoppingPatience  stop after this many epochs without a lower validation loss, at least 1; the best
 *                               epoch's parameters are restored either way
 * @param lastBatch              what happens to the rows a batch size does not divide
 * @param batchNorm              how batch-norm inference statistics are estimated
 * @param nativeHelpers          whether ND4J may use its oneDNN helpers (global to the JVM: the trainer sets it at
 *                               the start of each run; study options record it in the provenance)
 * @param warmUpUpdates          the first this many parameter updates ramp the rate linearly from
 *                               {@code learningRate / warmUpUpdates} up to {@code learningRate} (0 = none), as
 *                               Transformers trained from scratch need; the plateau schedule starts after it
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, ReduceLrOnPlateau plateau,
                          int earlyStoppingPatience, LastBatch lastBatch, BatchNormStatistics batchNorm,
                          boolean nativeHelpers, int warmUpUpdates) {

    public TrainConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("batchSize must be at least 2, got " + batchSize);
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
        if (lastBatch == null || batchNorm == null) {
            throw new IllegalArgumentException("lastBatch and batchNorm must be given");
        }
        if (warmUpUpdates < 0) {
            throw new IllegalArgumentException("warmUpUpdates must be 0 or more, got " + warmUpUpdates);
        }
    }

    /**
     * The first five settings with {@link LastBatch#MERGE}, recomputed batch-norm statistics, oneDNN on and no
     * warm-up.
     */
    public TrainConfig(int epochs, int batchSize, double learningRate, ReduceLrOnPlateau plateau,
                       int earlyStoppingPatience) {
        this(epochs, batchSize, learningRate, plateau, earlyStoppingPatience, LastBatch.MERGE,
                BatchNormStatistics.RECOMPUTED, true, 0);
    }

    /**
     * The paper's optimiser (RMSprop, rate 1e-3) with our choices where it gives none: 100 epochs, batch 32,
     * {@link ReduceLrOnPlateau#defaults()}, early stopping after 15 epochs without improvement, short last batches
     * merged, batch-norm statistics recomputed after every epoch ({@link BatchNormStatistics#RECOMPUTED}), no
     * warm-up.
     */
    public static TrainConfig defaults() {
        return new TrainConfig(100, 32, 1e-3, ReduceLrOnPlateau.defaults(), 15);
    }

    public TrainConfig withEpochs(int value) {
        return new TrainConfig(value, batchSize, learningRate, plateau, earlyStoppingPatience, lastBatch, batchNorm,
                nativeHelpers, warmUpUpdates);
    }

    public TrainConfig withBatchSize(int value) {
        return new TrainConfig(epochs, value, learningRate, plateau, earlyStoppingPatience, lastBatch, batchNorm,
                nativeHelpers, warmUpUpdates);
    }

    public TrainConfig withLearningRate(double value) {
        return new TrainConfig(epochs, batchSize, value, plateau, earlyStoppingPatience, lastBatch, batchNorm,
                nativeHelpers, warmUpUpdates);
    }

    public TrainConfig withPlateau(ReduceLrOnPlateau value) {
        return new TrainConfig(epochs, batchSize, learningRate, value, earlyStoppingPatience, lastBatch, batchNorm,
                nativeHelpers, warmUpUpdates);
    }

    public TrainConfig withEarlyStoppingPatience(int value) {
        return new TrainConfig(epochs, batchSize, learningRate, plateau, value, lastBatch, batchNorm, nativeHelpers,
                warmUpUpdates);
    }

    public TrainConfig withLastBatch(LastBatch value) {
        return new TrainConfig(epochs, batchSize, learningRate, plateau, earlyStoppingPatience, value, batchNorm,
                nativeHelpers, warmUpUpdates);
    }

    public TrainConfig withBatchNorm(BatchNormStatistics value) {
        return new TrainConfig(epochs, batchSize, learningRate, plateau, earlyStoppingPatience, lastBatch, value,
                nativeHelpers, warmUpUpdates);
    }

    public TrainConfig withNativeHelpers(boolean value) {
        return new TrainConfig(epochs, batchSize, learningRate, plateau, earlyStoppingPatience, lastBatch, batchNorm,
                value, warmUpUpdates);
    }

    public TrainConfig withWarmUpUpdates(int value) {
        return new TrainConfig(epochs, batchSize, learningRate, plateau, earlyStoppingPatience, lastBatch, batchNorm,
                nativeHelpers, value);
    }
}
