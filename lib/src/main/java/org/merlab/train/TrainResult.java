package org.merlab.train;

/**
 * What {@link Trainer#fit} returns.
 *
 * @param net     the trained network ({@code MultiLayerNetwork} or {@code ComputationGraph}), holding the parameters
 *                of {@code history.bestEpoch()}
 * @param history per-epoch losses, metrics and learning rates
 */
public record TrainResult<N>(N net, History history) {
}
