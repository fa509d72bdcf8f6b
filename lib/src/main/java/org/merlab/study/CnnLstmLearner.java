package org.merlab.study;

import java.util.Map;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.eval.Fitted;
import org.merlab.eval.Learner;
import org.merlab.prep.Samples;
import org.merlab.train.EpochStats;
import org.merlab.train.TrainConfig;
import org.merlab.train.TrainResult;
import org.merlab.train.Trainer;

/**
 * The study's network as a {@link Learner} of the cross-validation harness: trained by {@link Trainer} on a fold's
 * inner training part, its epochs, learning-rate drops and restored weights chosen on the fold's inner validation
 * part. The stored history holds Keras' per-epoch series.
 *
 * @param network  builds a fresh network per fold
 * @param training the training settings
 * @param progress called after every epoch of every fold
 */
record CnnLstmLearner(NetworkFactory network, TrainConfig training, Consumer<EpochStats> progress)
        implements Learner {

    @Override
    public Fitted fit(Samples train, Samples validation, long seed) {
        if (validation.size() == 0) {
            throw new StudyException("the network needs an inner validation part to choose its epoch; the fold set"
                    + " was made without one");
        }
        MultiLayerNetwork net = network.build(train.numFeatures(), train.numClasses(), seed);
        TrainResult<MultiLayerNetwork> trained = Trainer.fit(net, train.x(), train.y(), validation.x(),
                validation.y(), training, seed, progress);
        Map<String, double[]> history = trained.history().series();
        return new Fitted() {
            @Override
            public double[][] probabilities(Samples rows) {
                return Trainer.predictProba(trained.net(), rows.x());
            }

            @Override
            public Map<String, double[]> history() {
                return history;
            }
        };
    }
}
