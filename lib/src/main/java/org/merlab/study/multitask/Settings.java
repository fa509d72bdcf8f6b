package org.merlab.study.multitask;

import java.util.Map;

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
     * Full run: {@code MERLAB_FOLDS} folds (default 5; 2 in smoke mode), up to 30 epochs ({@code MERLAB_EPOCHS}; 2
     * in smoke mode), patience 6, 8-frame pooling, Spearman weight 1, strength 0.5, B = 1000 (100 in smoke mode).
     *
     * @throws IllegalArgumentException naming {@code MERLAB_FOLDS} if it is not an integer of at least 2
     */
    public static Settings from(Params p, Map<String, String> env) {
        String folds = env.get("MERLAB_FOLDS");
        int k = p.choose(5, 2);
        if (folds != null && !folds.isBlank()) {
            try {
                k = Integer.parseInt(folds.trim());
            } catch (NumberFormatException e) {
                k = 0;
            }
            if (k < 2) {
                throw new IllegalArgumentException("MERLAB_FOLDS must be an integer >= 2, got '" + folds + "'");
            }
        }
        return new Settings(k, p.epochs(30, 2), 6, 8, 1.0, 0.5, p.seed(),
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
