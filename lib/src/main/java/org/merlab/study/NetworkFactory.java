package org.merlab.study;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.models.CnnLstm;

/** Builds the network a study run trains: the paper's CNN-LSTM, or a small stand-in in tests. */
@FunctionalInterface
public interface NetworkFactory {

    /** The paper's Table 3 CNN-LSTM ({@link CnnLstm}) with default dropout and batch-norm momentum. */
    NetworkFactory CNN_LSTM = (features, classes, seed) -> CnnLstm.builder().seed(seed).nClasses(classes)
            .inputLength(features).build();

    /**
     * A freshly initialised network for rows of {@code features} values and {@code classes} softmax outputs.
     *
     * @param seed weight-initialisation seed
     */
    MultiLayerNetwork build(int features, int classes, long seed);
}
