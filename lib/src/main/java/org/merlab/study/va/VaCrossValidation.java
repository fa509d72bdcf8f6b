package org.merlab.study.va;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.merlab.data.VaFeatures;
import org.merlab.data.VaPiece;
import org.merlab.prep.GroupedSplit;
import org.merlab.prep.Splits;
import org.merlab.prep.StandardScaler;
import org.merlab.train.EpochStats;
import org.merlab.train.Examples;
import org.merlab.train.Trainer;

/**
 * Wires a grouped cross-validation of the valence/arousal networks: {@link Splits#groupedKFold} by game, the
 * log-mel inputs standardised with each fold's inner-training steps only ({@link StandardScaler}), pieces cut into
 * consecutive windows ({@link VaSettings#window}), every model trained through {@link Trainer} on masked per-step
 * MSE (one network per dimension, or one for both), its test-fold pieces predicted window by window and stitched
 * back together, and the inner-training mean per dimension as the floor.
 */
public final class VaCrossValidation {

    private VaCrossValidation() {
    }

    /**
     * Runs {@code settings} on {@code built}'s pieces.
     *
     * @param progress receives one line per epoch of every run, prefixed with model, dimension and fold
     */
    public static VaRun run(VaFeatures.Built built, VaSettings settings, Consumer<String> progress) {
        List<VaPiece> pieces = built.pieces();
        String[] games = pieces.stream().map(VaPiece::group).toArray(String[]::new);
        List<GroupedSplit> folds = Splits.groupedKFold(games, settings.folds(), settings.innerValidation(), "game",
                settings.seed());
        int n = pieces.size();
        int[] foldOfPiece = new int[n];
        Map<VaModel, double[][][]> predictions = new EnumMap<>(VaModel.class);
        settings.models().forEach(m -> predictions.put(m, new double[n][2][]));
        double[][][] mean = new double[n][2][];
        List<VaHistory> histories = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            GroupedSplit fold = folds.get(f);
            for (int i : fold.test()) {
                foldOfPiece[i] = f;
            }
            StandardScaler scaler = StandardScaler.fit(Windows.rows(built.features(), fold.train()));
            var train = Windows.of(pieces, fold.train(), settings.window());
            var validation = Windows.of(pieces, fold.validation(), settings.window());
            var test = Windows.of(pieces, fold.test(), settings.window());
            float[][][] xTrain = train.inputs(built.features(), scaler);
            float[][][] xVal = validation.inputs(built.features(), scaler);
            float[][][] xTest = test.inputs(built.features(), scaler);
            for (int d = 0; d < 2; d++) {
                double m = trainingMean(pieces, fold.train(), d);
                for (int i : fold.test()) {
                    double[] constant = new double[pieces.get(i).steps()];
                    Arrays.fill(constant, m);
                    mean[i][d] = constant;
                }
            }
            for (VaModel model : settings.models()) {
                List<int[]> dimensionSets = model.outputs() == 2 ? List.of(new int[] {0, 1})
                        : List.of(new int[] {0}, new int[] {1});
                for (int[] dims : dimensionSets) {
                    String dimension = dims.length == 2 ? "both" : VaSettings.DIMENSIONS.get(dims[0]);
                    String prefix = model.label() + " " + dimension + " fold " + (f + 1) + "/" + folds.size() + ": ";
                    var net = model.build(built.nMels(), settings.seed() + f);
                    var config = model.config(settings.epochs(), settings.patience(), xTrain.length);
                    var result = Trainer.fit(net, Examples.sequences(xTrain, train.targets(dims)),
                            Examples.sequences(xVal, validation.targets(dims)), config, settings.seed() + f,
                            (EpochStats s) -> progress.accept(prefix + s.line()));
                    histories.add(new VaHistory(model, dimension, f, result.history()));
                    float[][][] out = Trainer.predictSequences(result.net(), Examples.sequences(xTest, null));
                    for (int o = 0; o < dims.length; o++) {
                        double[][] stitched = test.stitch(out, o);
                        int[] testPieces = fold.test();
                        for (int t = 0; t < testPieces.length; t++) {
                            predictions.get(model)[testPieces[t]][dims[o]] = stitched[t];
                        }
                    }
                }
            }
        }
        return new VaRun(pieces, foldOfPiece, predictions, mean, histories, settings);
    }

    /** The mean of dimension {@code dimension} over every step of the {@code train} pieces. */
    static double trainingMean(List<VaPiece> pieces, int[] train, int dimension) {
        double sum = 0;
        int steps = 0;
        for (int i : train) {
            for (double v : pieces.get(i).target(dimension)) {
                sum += v;
                steps++;
            }
        }
        return sum / steps;
    }
}
