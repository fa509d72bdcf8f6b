package org.merlab.bundle;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.ScoreRow;
import org.merlab.features.FixedSegments;
import org.merlab.features.PaperFeatures;
import org.merlab.prep.StandardScaler;
import org.merlab.report.Provenance;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** A small bundle of the segment-classifier kind: random weights are enough to compare predictions. */
final class Bundles {

    static final List<String> LABELS = List.of("calmness", "power", "sadness");

    private Bundles() {
    }

    /** Dense 16 ReLU, batch norm, softmax over 3 labels, on the 28 paper features. */
    static MultiLayerNetwork network(long seed) {
        var conf = new NeuralNetConfiguration.Builder().seed(seed).weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(new RmsProp(1e-3)).list()
                .layer(new DenseLayer.Builder().nIn(PaperFeatures.SIZE).nOut(16).activation(Activation.RELU).build())
                .layer(new BatchNormalization.Builder().nOut(16).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(LABELS.size())
                        .activation(Activation.SOFTMAX).build())
                .build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Scaler statistics in the range of real paper features (tempo near 120, centroid near 2000). */
    static StandardScaler scaler() {
        double[] mean = new double[PaperFeatures.SIZE];
        double[] scale = new double[PaperFeatures.SIZE];
        Random rng = new Random(3);
        for (int j = 0; j < mean.length; j++) {
            mean[j] = rng.nextGaussian() * 10;
            scale[j] = 1 + rng.nextDouble() * 100;
        }
        mean[2] = 2000;
        scale[2] = 800;
        mean[7] = 120;
        scale[7] = 20;
        return new StandardScaler(mean, scale);
    }

    static ModelCard card() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, 0.4);
            intervals.put(m, new Interval(0.25, 0.55));
        }
        ScoreRow row = new ScoreRow("CNN_LSTM", "track", 12, values, intervals);
        ScoreRow noInterval = new ScoreRow("MAJORITY_CLASS", "track", 12, values, Map.of());
        return new ModelCard("test network", "a test task", "embedded", "sha256:00", 60, 120,
                Map.of("calmness", 20, "power", 20, "sadness", 20), "honest", Map.of("epochs", "1"),
                List.of(new ModelCard.Scores("held-out test tracks", "12 tracks", List.of(row, noInterval))),
                List.of("It knows only synthetic music."));
    }

    static Provenance provenance() {
        return new Provenance(7, Map.of("segmentSeconds", "1.0"), "0123456789abcdef0123456789abcdef01234567",
                "25", Map.of("dl4j", "1.0.0-M2.1"), Map.of("kind", "cpu"), "embedded", "sha256:00",
                Instant.parse("2026-12-01T22:00:00Z"));
    }

    /** A bundle of 1 s segments (hop 0.5 s) with {@link #network}. */
    static ModelBundle bundle(long seed) {
        return new ModelBundle(SegmentRecipe.paper(new FixedSegments(1, 0.5), scaler()), LABELS, card(),
                provenance(), network(seed));
    }

    /** Feature rows around the scaler's means. */
    static double[][] rows(int n, long seed) {
        StandardScaler s = scaler();
        Random rng = new Random(seed);
        double[][] x = new double[n][PaperFeatures.SIZE];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = s.mean()[j] + s.scale()[j] * rng.nextGaussian();
            }
        }
        return x;
    }
}
