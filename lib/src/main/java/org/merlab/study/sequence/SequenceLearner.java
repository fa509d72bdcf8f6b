package org.merlab.study.sequence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.eval.CvUnit;
import org.merlab.eval.Fitted;
import org.merlab.eval.Learner;
import org.merlab.prep.Samples;
import org.merlab.prep.StandardScaler;
import org.merlab.study.StudyException;
import org.merlab.train.EpochStats;
import org.merlab.train.Examples;
import org.merlab.train.TrainResult;
import org.merlab.train.Trainer;

/**
 * A log-mel sequence classifier as a {@link Learner} of the cross-validation harness: the rows it is given are mapped
 * to their segments' pooled frames ({@link SegmentFrames#of}); their features (the paper's 28, standardised by the
 * fold) are not read. Per fold: the mel bands are standardised with the inner training part's steps only (one mean and
 * SD per band, {@link StandardScaler}, as the valence/arousal study does), the network is trained by {@link Trainer}
 * with its epochs, learning-rate drops and restored weights chosen on the inner validation part, and the test rows
 * get the softmax of their segments.
 *
 * <p>SMOTE rows of an honest fold's training part are dropped: they interpolate 28 features, not audio, so a sequence
 * model trains on the real segments with their natural class shares.
 *
 * @param model    which network
 * @param frames   every segment's pooled frames
 * @param settings frames, epochs, patience and batch size
 * @param progress called after every epoch of every fold
 */
public record SequenceLearner(SequenceModel model, SegmentFrames frames, SequenceSettings settings,
                              Consumer<EpochStats> progress) implements Learner {

    public SequenceLearner {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(progress, "progress");
        if (frames.nMels() != settings.nMels() || frames.steps() != settings.steps()) {
            throw new StudyException("the frames have " + frames.nMels() + " bands x " + frames.steps()
                    + " steps but the settings say " + settings.nMels() + " x " + settings.steps());
        }
    }

    /** The model's name, e.g. {@code logmel-lstm}. */
    public String name() {
        return model.label();
    }

    /** What the result depends on besides the data and folds: the settings, for {@link CvUnit#parameters()}. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>(settings.parameters());
        p.put("model", model.describe());
        return p;
    }

    /** This learner's unit of a study's cross-validation at N = {@code segments}. */
    public CvUnit unit(String study, int segments, long seed) {
        return new CvUnit(study, segments, name(), seed, parameters());
    }

    @Override
    public Fitted fit(Samples train, Samples validation, long seed) {
        if (validation.size() == 0) {
            throw new StudyException(name() + " needs an inner validation part to choose its epoch; the fold set was"
                    + " made without one");
        }
        Samples real = train.realRows();
        float[][][] xTrain = frames.of(real);
        StandardScaler bands = StandardScaler.fit(steps(xTrain));
        int classes = train.numClasses();
        MultiLayerNetwork net = model.build(frames.nMels(), frames.steps(), classes, seed);
        TrainResult<MultiLayerNetwork> trained = Trainer.fit(net,
                Examples.mapClasses(standardised(xTrain, bands), false, real.y(), classes),
                Examples.mapClasses(standardised(frames.of(validation), bands), false, validation.y(), classes),
                model.config(settings, real.size()), seed, progress);
        Map<String, double[]> history = trained.history().series();
        return new Fitted() {
            @Override
            public double[][] probabilities(Samples rows) {
                return Trainer.predict(trained.net(),
                        Examples.mapClasses(standardised(frames.of(rows), bands), false, null, classes));
            }

            @Override
            public Map<String, double[]> history() {
                return history;
            }
        };
    }

    /** Every step of every map as a row of band values, {@code [maps * steps][bands]}. */
    private static double[][] steps(float[][][] maps) {
        int bands = maps[0].length;
        int steps = maps[0][0].length;
        double[][] rows = new double[maps.length * steps][bands];
        for (int i = 0; i < maps.length; i++) {
            for (int b = 0; b < bands; b++) {
                for (int t = 0; t < steps; t++) {
                    rows[i * steps + t][b] = maps[i][b][t];
                }
            }
        }
        return rows;
    }

    /** {@code (x - mean) / scale} per band; new arrays. */
    private static float[][][] standardised(float[][][] maps, StandardScaler bands) {
        double[] mean = bands.mean();
        double[] scale = bands.scale();
        float[][][] z = new float[maps.length][mean.length][];
        for (int i = 0; i < maps.length; i++) {
            for (int b = 0; b < mean.length; b++) {
                float[] row = maps[i][b];
                float[] out = new float[row.length];
                for (int t = 0; t < row.length; t++) {
                    out[t] = (float) ((row[t] - mean[b]) / scale[b]);
                }
                z[i][b] = out;
            }
        }
        return z;
    }
}
