package org.merlab.models;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Transfer from a trained {@link SpectroNets} classifier to a regressor, in the study's two stages: the trunk's
 * parameters copied and frozen under a new head (DL4J's {@code TransferLearning} API: the trunk layers become
 * {@code FrozenLayer}s that neither update nor regularise), then, for fine-tuning, the same parameters in an ordinary
 * network of the regressor's architecture, every layer trainable.
 */
public final class Transfer {

    private Transfer() {
    }

    /**
     * A copy of {@code classifier}'s trunk, frozen, under {@code head}; {@code classifier} is left unchanged.
     *
     * @param seed initialises the new head
     */
    public static MultiLayerNetwork frozenTrunk(MultiLayerNetwork classifier, Head head, long seed) {
        int last = classifier.getnLayers() - 1;
        return new TransferLearning.Builder(classifier.clone())
                .fineTuneConfiguration(new FineTuneConfiguration.Builder().seed(seed).updater(new Adam(1e-3)).build())
                .setFeatureExtractor(last - 1)
                .removeOutputLayer()
                .addLayer(head.layer(SpectroNets.TRUNK_FEATURES))
                .build();
    }

    /**
     * {@code trained}'s parameters (a frozen-trunk network) in {@code fresh}, an unfrozen network of the same
     * architecture (e.g. {@link SpectroNets#lstm} with the same head), for fine-tuning every layer.
     *
     * @throws IllegalArgumentException if the two hold different numbers of parameters
     */
    public static MultiLayerNetwork unfrozen(MultiLayerNetwork trained, MultiLayerNetwork fresh) {
        if (trained.numParams() != fresh.numParams() || trained.getnLayers() != fresh.getnLayers()) {
            throw new IllegalArgumentException("cannot unfreeze into a different architecture: " + trained.numParams()
                    + " vs " + fresh.numParams() + " parameters");
        }
        fresh.setParams(trained.params().dup());
        return fresh;
    }
}
