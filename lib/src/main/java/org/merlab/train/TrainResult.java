package org.merlab.train;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What {@link Trainer#fit} returns.
 *
 * @param net     the trained network, holding the parameters of {@code history.bestEpoch()}
 * @param history per-epoch losses, accuracies and learning rates
 */
public record TrainResult(MultiLayerNetwork net, History history) {
}
