package org.merlab.study;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.testing.SyntheticTracks;
import org.merlab.train.ReduceLrOnPlateau;
import org.merlab.train.TrainConfig;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** A small study that runs in seconds: a one-hidden-layer network on synthetic track-identity data. */
final class StudyFixtures {

    /** Dense 32 ReLU then softmax, RMSprop: the CNN-LSTM's training path at a fraction of the cost. */
    static final NetworkFactory TINY = (features, classes, seed) -> {
        var conf = new NeuralNetConfiguration.Builder().seed(seed).weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new RmsProp(1e-2)).list()
                .layer(new DenseLayer.Builder().nIn(features).nOut(32).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(32).nOut(classes)
                        .activation(Activation.SOFTMAX).build())
                .build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    };

    private StudyFixtures() {
    }

    /**
     * Tracks whose segments are near duplicates (noise 0.05 around a per-track offset) and whose labels are unrelated
     * to the features except through track identity: 3 unbalanced classes of 30, 40 and 50 tracks, {@code segments} per track, 12 features.
     */
    static Samples identityTable(int segments, long seed) {
        return SyntheticTracks.generate(new int[] {30, 40, 50}, segments, 12, 0, 1, 0.05, seed);
    }

    /**
     * Both protocols at N = 3 and 6 on {@link #identityTable}s, both cross-validated (so the published folds' leak
     * shows), the tiny network, 30 epochs, 200 resamples.
     */
    static StudyOptions options() {
        return StudyOptions.paper(7, 30).withSegmentCounts(List.of(3, 6))
                .withProtocols(List.of(Protocol.PUBLISHED, Protocol.HONEST))
                .withCvProtocols(List.of(Protocol.PUBLISHED, Protocol.HONEST)).withNetwork(TINY)
                .withTraining(new TrainConfig(30, 32, 1e-2, ReduceLrOnPlateau.off(), 30))
                .withBootstrapResamples(200);
    }

    static Map<Integer, Samples> tables() {
        return Map.of(3, identityTable(3, 11), 6, identityTable(6, 12));
    }

    private static StudyResult result;

    /** The study of {@link #tables()} with {@link #options()}, run once per test JVM and shared by test classes. */
    static synchronized StudyResult result() {
        if (result == null) {
            result = PaperStudy.run(tables(), options());
        }
        return result;
    }
}
