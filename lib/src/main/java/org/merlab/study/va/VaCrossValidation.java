package org.merlab.study.va;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.merlab.baselines.StaticRidge;
import org.merlab.data.VaFeatures;
import org.merlab.data.VaPiece;
import org.merlab.prep.GroupedSplit;
import org.merlab.prep.Splits;
import org.merlab.prep.StandardScaler;
import org.merlab.train.EpochStats;
import org.merlab.train.Examples;
import org.merlab.train.Trainer;

/**
 * Wires a grouped cross-validation of the valence/arousal networks: {@link Splits#groupedKFold} by piece group (game
 * or artist), the log-mel inputs standardised with each fold's inner-training steps only ({@link StandardScaler}),
 * pieces cut into consecutive windows ({@link VaSettings#window}), every model trained through {@link Trainer} on
 * masked per-step MSE (one network per dimension, or one for both), its test-fold pieces predicted window by window
 * and stitched back together, and the inner-training mean per dimension as the floor. Beside them, the static
 * baseline: per fold and dimension a {@link StaticRidge} from each piece's standardised log-mel summary (mean and SD
 * per band) to its mean annotation, the penalty chosen on the fold's inner-validation pieces, one constant per test
 * piece.
 *
 * <p>Unannotated clips (4Q) are predicted by every fold's model through that fold's scaler, and each clip's mean over
 * steps is averaged over the folds: the fold models together have seen every piece, no model is trained for the clips
 * alone, and the clips choose nothing.
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
        return run(built, List.of(), settings, progress);
    }

    /**
     * Runs {@code settings} on {@code built}'s pieces and predicts {@code clips} ({@code [steps][nMels]} raw log-mel
     * each, on the pieces' mel recipe) with every fold's models.
     *
     * @param progress receives one line per epoch of every run, prefixed with model, dimension and fold
     */
    public static VaRun run(VaFeatures.Built built, List<float[][]> clips, VaSettings settings,
                            Consumer<String> progress) {
        List<VaPiece> pieces = built.pieces();
        String[] groups = pieces.stream().map(VaPiece::group).toArray(String[]::new);
        List<GroupedSplit> folds = Splits.groupedKFold(groups, settings.folds(), settings.innerValidation(), "group",
                settings.seed());
        int n = pieces.size();
        int[] foldOfPiece = new int[n];
        Map<VaModel, double[][][]> predictions = new EnumMap<>(VaModel.class);
        settings.models().forEach(m -> predictions.put(m, new double[n][2][]));
        double[][][] mean = new double[n][2][];
        double[][][] fixed = new double[n][2][];
        double[][] penalties = new double[folds.size()][2];
        Map<VaModel, double[][]> clipMeans = new EnumMap<>(VaModel.class);
        settings.models().forEach(m -> clipMeans.put(m, new double[clips.size()][2]));
        var clipWindows = Windows.ofClips(clips, settings.window());
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
            float[][][] xClips = clipWindows.inputs(clips, scaler);
            double[][] sTrain = summaries(built, fold.train(), scaler);
            double[][] sValidation = summaries(built, fold.validation(), scaler);
            double[][] sTest = summaries(built, fold.test(), scaler);
            for (int d = 0; d < 2; d++) {
                double m = trainingMean(pieces, fold.train(), d);
                var ridge = StaticRidge.choose(sTrain, pieceMeans(pieces, fold.train(), d), sValidation,
                        pieceMeans(pieces, fold.validation(), d), StaticRidge.PENALTIES);
                penalties[f][d] = ridge.penalty();
                double[] perPiece = ridge.predict(sTest);
                for (int t = 0; t < fold.test().length; t++) {
                    int i = fold.test()[t];
                    mean[i][d] = constant(pieces.get(i).steps(), m);
                    fixed[i][d] = constant(pieces.get(i).steps(), perPiece[t]);
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
                    if (!clips.isEmpty()) {
                        float[][][] outClips = Trainer.predictSequences(result.net(),
                                Examples.sequences(xClips, null));
                        for (int o = 0; o < dims.length; o++) {
                            double[][] perClip = clipWindows.stitch(outClips, o);
                            for (int c = 0; c < perClip.length; c++) {
                                clipMeans.get(model)[c][dims[o]] += Arrays.stream(perClip[c]).average()
                                        .orElseThrow() / folds.size();
                            }
                        }
                    }
                }
            }
        }
        return new VaRun(pieces, foldOfPiece, predictions, mean, fixed, penalties, clipMeans, histories, settings);
    }

    /** Each piece's {@link StaticRidge#summary} of its standardised inputs, one row per piece of {@code which}. */
    private static double[][] summaries(VaFeatures.Built built, int[] which, StandardScaler scaler) {
        return Arrays.stream(Windows.of(built.pieces(), which, 0).inputs(built.features(), scaler))
                .map(StaticRidge::summary).toArray(double[][]::new);
    }

    /** The mean over steps of dimension {@code dimension} of each piece of {@code which}. */
    static double[] pieceMeans(List<VaPiece> pieces, int[] which, int dimension) {
        return Arrays.stream(which).mapToDouble(i -> Arrays.stream(pieces.get(i).target(dimension)).average()
                .orElseThrow()).toArray();
    }

    private static double[] constant(int steps, double value) {
        double[] out = new double[steps];
        Arrays.fill(out, value);
        return out;
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
