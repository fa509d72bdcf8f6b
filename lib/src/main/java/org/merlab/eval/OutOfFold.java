package org.merlab.eval;

import org.merlab.prep.Tracks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One model's pooled out-of-fold predictions: every test row of every fold once, predicted by the model fitted
 * without its fold, in fold order. Scored once as a whole ({@link CvScores}, {@link #evaluation}), never as a mean
 * of per-fold scores.
 *
 * @param model          model name
 * @param classes        class names
 * @param fold           fold of each row, {@code [rows]}
 * @param truth          true class, {@code [rows]}
 * @param tracks         track (group tag) of each row, {@code [rows]}; track-level scores pool by it
 * @param clusters       resampling unit of each row (the fold set's grouping), {@code [rows]}
 * @param probabilities  {@code [rows][classes]}
 * @param trainingShares class shares of each fold's training rows, {@code [folds][classes]}: the chance rows' input
 * @param histories      each fold's per-epoch series, {@code [folds]}
 * @param fitSeconds     each fold's fit time, {@code [folds]} (as measured when it was fitted)
 * @param restored       whether each fold's result came from a {@link ResultStore}, {@code [folds]}
 */
public record OutOfFold(String model, List<String> classes, int[] fold, int[] truth, String[] tracks,
                        String[] clusters, double[][] probabilities, double[][] trainingShares,
                        List<Map<String, double[]>> histories, double[] fitSeconds, boolean[] restored) {

    public OutOfFold {
        classes = List.copyOf(classes);
        int rows = truth.length;
        int folds = trainingShares.length;
        if (fold.length != rows || tracks.length != rows || clusters.length != rows) {
            throw new EvalException("model " + model + ": " + rows + " labels but " + fold.length + " folds, "
                    + tracks.length + " tracks and " + clusters.length + " clusters");
        }
        if (histories.size() != folds || fitSeconds.length != folds || restored.length != folds) {
            throw new EvalException("model " + model + ": " + folds + " folds of training shares but "
                    + histories.size() + " histories, " + fitSeconds.length + " fit times, " + restored.length
                    + " restored flags");
        }
        for (int i = 0; i < rows; i++) {
            if (fold[i] < 0 || fold[i] >= folds) {
                throw new EvalException("model " + model + ": row " + i + " is in fold " + fold[i] + " of " + folds);
            }
        }
        Probabilities.check(probabilities, rows, classes.size(), "model " + model + ": probability");
        fold = fold.clone();
        truth = truth.clone();
        tracks = tracks.clone();
        clusters = clusters.clone();
        probabilities = FoldResult.deepCopy(probabilities);
        trainingShares = FoldResult.deepCopy(trainingShares);
        histories = List.copyOf(histories);
        fitSeconds = fitSeconds.clone();
        restored = restored.clone();
    }

    public int size() {
        return truth.length;
    }

    /** Argmax class of every row, ties to the lower class index. */
    public int[] predicted() {
        return Probabilities.argmax(probabilities);
    }

    /**
     * The full evaluation of the pooled rows (per-class table, confusion, curves, track level), intervals resampling
     * the fold set's groups.
     */
    public Evaluation evaluation(BootstrapOptions options) {
        return Evaluation.of(truth, probabilities, classes, tracks, clusters, options);
    }

    /** The same predictions on real segments only, without SMOTE rows (the published protocol tests on both). */
    public OutOfFold realRows() {
        int[] keep = IntStream.range(0, size()).filter(i -> !Tracks.isSynthetic(tracks[i])).toArray();
        return new OutOfFold(model, classes, pick(fold, keep), pick(truth, keep), pick(tracks, keep),
                pick(clusters, keep), pick(probabilities, keep), trainingShares, histories, fitSeconds, restored);
    }

    /** The training shares of each row's fold, {@code [rows][classes]}. */
    double[][] rowShares() {
        double[][] shares = new double[size()][];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = trainingShares[fold[i]];
        }
        return shares;
    }

    /** Throws unless {@code other} predicted the same rows (same folds, truth, tracks and clusters) in one order. */
    void requireSameRows(OutOfFold other) {
        if (!classes.equals(other.classes) || !Arrays.equals(fold, other.fold) || !Arrays.equals(truth, other.truth)
                || !Arrays.equals(tracks, other.tracks) || !Arrays.equals(clusters, other.clusters)) {
            throw new EvalException("models " + model + " and " + other.model + " were not scored on the same pooled "
                    + "rows; compare models cross-validated on one fold set");
        }
    }

    @Override
    public int[] fold() {
        return fold.clone();
    }

    @Override
    public int[] truth() {
        return truth.clone();
    }

    @Override
    public String[] tracks() {
        return tracks.clone();
    }

    @Override
    public String[] clusters() {
        return clusters.clone();
    }

    @Override
    public double[][] probabilities() {
        return FoldResult.deepCopy(probabilities);
    }

    @Override
    public double[][] trainingShares() {
        return FoldResult.deepCopy(trainingShares);
    }

    @Override
    public double[] fitSeconds() {
        return fitSeconds.clone();
    }

    @Override
    public boolean[] restored() {
        return restored.clone();
    }

    @Override
    public String toString() {
        return "OutOfFold[" + model + ", " + size() + " rows in " + trainingShares.length + " folds, "
                + IntStream.range(0, restored.length).filter(f -> restored[f]).count() + " restored]";
    }

    private static int[] pick(int[] values, int[] rows) {
        return Arrays.stream(rows).map(i -> values[i]).toArray();
    }

    private static String[] pick(String[] values, int[] rows) {
        return Arrays.stream(rows).mapToObj(i -> values[i]).toArray(String[]::new);
    }

    private static double[][] pick(double[][] values, int[] rows) {
        return Arrays.stream(rows).mapToObj(i -> values[i]).toArray(double[][]::new);
    }
}
