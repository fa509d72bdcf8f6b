package org.merlab.study.va;

import org.merlab.train.History;

/**
 * The per-epoch history of one training run of a cross-validated valence/arousal study.
 *
 * @param dimension {@code valence}, {@code arousal}, or {@code both} for a joint model
 * @param fold      the test fold, 0-based
 */
public record VaHistory(VaModel model, String dimension, int fold, History history) {
}
