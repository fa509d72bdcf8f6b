package org.merlab.models;

import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The last layer of a {@link SpectroNets} network: what it predicts and the loss it learns.
 */
public sealed interface Head {

    /** The output layer, reading {@code nIn} trunk features. */
    Layer layer(int nIn);

    /** Number of outputs. */
    int outputs();

    /** Softmax over {@code n} classes, categorical cross-entropy. */
    record Classes(int n) implements Head {
        public Classes {
            if (n < 2) {
                throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + n);
            }
        }

        @Override
        public Layer layer(int nIn) {
            return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(nIn).nOut(n)
                    .activation(Activation.SOFTMAX).build();
        }

        @Override
        public int outputs() {
            return n;
        }
    }

    /** Linear outputs for {@code targets} columns with {@link SpearmanLoss} (weight 0 = plain MSE). */
    record Regression(int targets, SpearmanLoss loss) implements Head {
        public Regression {
            if (targets < 1 || loss == null) {
                throw new IllegalArgumentException("a regression head needs at least one target and a loss, got "
                        + targets + ", " + loss);
            }
        }

        @Override
        public Layer layer(int nIn) {
            return new OutputLayer.Builder().lossFunction(loss).nIn(nIn).nOut(targets)
                    .activation(Activation.IDENTITY).build();
        }

        @Override
        public int outputs() {
            return targets;
        }
    }

    /** {@link MultitaskOutput}: one linear output per task, loss weights learned. */
    record Multitask(int tasks) implements Head {
        public Multitask {
            if (tasks < 1) {
                throw new IllegalArgumentException("a multitask head needs at least one task, got " + tasks);
            }
        }

        @Override
        public Layer layer(int nIn) {
            return new MultitaskOutput(nIn, tasks);
        }

        @Override
        public int outputs() {
            return tasks;
        }
    }
}
