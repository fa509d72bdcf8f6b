package org.merlab.study.va;

import java.util.List;
import java.util.Locale;

/**
 * What a valence/arousal cross-validation runs; validated.
 *
 * @param folds           grouped folds (by game for VGMIDI), at least 2
 * @param innerValidation share of each training fold's games held out for early stopping
 * @param epochs          most epochs per run
 * @param patience        early-stopping patience in epochs
 * @param window          pieces are cut into consecutive windows of at most this many steps for training and
 *                        prediction (0 = whole pieces): batches pad to their longest example, and VGMIDI's pieces run
 *                        from 4 to 235 bars, so whole pieces spend most of an LSTM's time on padding
 * @param models          the networks to train, each on every fold
 * @param seed            fold assignment, weight initialisation and shuffling derive from it
 */
public record VaSettings(int folds, double innerValidation, int epochs, int patience, int window,
                         List<VaModel> models, long seed) {

    /** The dimensions, index for index with {@code VaPiece.target}. */
    public static final List<String> DIMENSIONS = List.of("valence", "arousal");

    public VaSettings {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, got " + folds);
        }
        if (!(innerValidation > 0 && innerValidation <= 0.5)) {
            throw new IllegalArgumentException("innerValidation must be in (0, 0.5], got " + innerValidation);
        }
        if (epochs < 1 || patience < 1) {
            throw new IllegalArgumentException("epochs and patience must be at least 1, got " + epochs + " and "
                    + patience);
        }
        if (window < 0 || window == 1) {
            throw new IllegalArgumentException("window must be 0 (whole pieces) or at least 2 steps, got " + window);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to train");
        }
        models = List.copyOf(models);
    }

    /** One sentence for the notebook and the provenance. */
    public String describe() {
        return String.format(Locale.ROOT, "%d-fold cross-validation grouped by game (seed %d), %.0f%% of each "
                        + "training fold's games for early stopping; up to %d epochs, patience %d; %s; models %s",
                folds, seed, 100 * innerValidation, epochs, patience,
                window == 0 ? "whole pieces" : "windows of up to " + window + " steps",
                models.stream().map(VaModel::label).toList());
    }
}
