package org.merlab.study.multitask;


import org.merlab.eval.BootstrapOptions;
import org.merlab.notebook.Params;
import org.merlab.train.ReduceLrOnPlateau;
import org.merlab.train.TrainConfig;

/**
 * The settings of one notebook-08 run.
 *
 * @param folds          outer cross-validation folds (each with a 20% inner validation part)
 * @param epochs         most epochs per training (early stopping on the inner validation loss)
 * @param patience       early-stopping patience in epochs
 * @param step           frames averaged per step of the frame-pooled maps (hop 512: 8 frames = 186 ms)
 * @param spearmanWeight weight of the soft-Spearman term in the "MSE + Spearman" regressors
 * @param strength       soft-rank regularisation strength, in standardised target units
 * @param seed           folds, initial weights and shuffling
 * @param bootstrap      resamples of every interval and paired test
 */
public record Settings(int folds, int epochs, int patience, int step, double spearmanWeight, double strength,
                       long seed, BootstrapOptions bootstrap) {

    /**
     * Full run: {@code MERLAB_FOLDS} folds ({@link Params#folds}: default 5; 2 in smoke mode), up to 30 epochs
     * ({@code MERLAB_EPOCHS}; 2 in smoke mode), patience 6, pooling of {@code MERLAB_STEP} frames (default 8), Spearman
     * weight 1, strength 0.5, B = 1000 (100 in smoke mode).
     *
     * @throws IllegalArgumentException naming the variable if {@code MERLAB_FOLDS} is below 2 or {@code MERLAB_STEP}
     *                                  not an integer >= 1
     */
    public static Settings from(Params p) {
        int folds = p.folds(5, 2);
        if (folds < 2) {
            throw new IllegalArgumentException("MERLAB_FOLDS must be at least 2 for notebook 08's out-of-fold scores, "
                    + "got " + folds);
        }
        return new Settings(folds, p.epochs(30, 2), 6,
                p.integer("MERLAB_STEP", 8, 1), 1.0, 0.5, p.seed(),
                new BootstrapOptions(p.choose(1000, 100), p.seed()));
    }

    /** Adam 1e-3, batch 16, plateau halving, early stopping: one configuration for every network here. */
    public TrainConfig train() {
        return new TrainConfig(epochs, 16, 1e-3, ReduceLrOnPlateau.defaults(), patience);
    }

    /** Fine-tuning a transferred network: a tenth of the rate. */
    public TrainConfig fineTune() {
        return train().withLearningRate(1e-4);
    }
}
