package org.merlab.eval;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one model predicted for one test fold: plain numbers, so a notebook can read it back instead of refitting.
 *
 * @param fold          fold index
 * @param testRows      fingerprint of the fold's test rows (features, labels, tracks), so a stored result is never
 *                      pooled with rows it was not computed on
 * @param truth         true class per test row, {@code [rows]}
 * @param tracks        track (group tag) per test row, {@code [rows]}
 * @param probabilities class probabilities per test row, {@code [rows][classes]}
 * @param history       per-epoch series by name ({@link Fitted#history()}), sorted by name
 * @param fitSeconds    wall-clock seconds of fitting and predicting (a measurement on a shared machine)
 */
public record FoldResult(int fold, String testRows, int[] truth, String[] tracks, double[][] probabilities,
                         Map<String, double[]> history, double fitSeconds) {

    public FoldResult {
        Objects.requireNonNull(testRows, "testRows");
        if (tracks.length != truth.length || probabilities.length != truth.length) {
            throw new EvalException("fold " + fold + " result has " + truth.length + " labels, " + tracks.length
                    + " tracks and " + probabilities.length + " probability rows");
        }
        truth = truth.clone();
        tracks = tracks.clone();
        probabilities = deepCopy(probabilities);
        TreeMap<String, double[]> series = new TreeMap<>();
        history.forEach((name, values) -> series.put(name, values.clone()));
        history = Collections.unmodifiableSortedMap(series);
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
    public double[][] probabilities() {
        return deepCopy(probabilities);
    }

    @Override
    public Map<String, double[]> history() {
        TreeMap<String, double[]> copy = new TreeMap<>();
        history.forEach((name, values) -> copy.put(name, values.clone()));
        return Collections.unmodifiableSortedMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldResult r && fold == r.fold && testRows.equals(r.testRows)
                && Double.compare(fitSeconds, r.fitSeconds) == 0 && Arrays.equals(truth, r.truth)
                && Arrays.equals(tracks, r.tracks) && Arrays.deepEquals(probabilities, r.probabilities)
                && sameHistory(history, r.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fold, testRows, fitSeconds, Arrays.hashCode(truth), Arrays.hashCode(tracks),
                Arrays.deepHashCode(probabilities), history.keySet());
    }

    @Override
    public String toString() {
        return "FoldResult[fold " + fold + ", " + truth.length + " rows, history " + history.keySet() + ", "
                + fitSeconds + " s]";
    }

    private static boolean sameHistory(Map<String, double[]> a, Map<String, double[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
