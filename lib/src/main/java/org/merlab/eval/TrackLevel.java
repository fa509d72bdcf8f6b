package org.merlab.eval;

import org.merlab.prep.Tracks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segment probabilities pooled per track: a track's probability vector is the mean of its segments'
 * ({@code [tracks][classes]}), its truth the majority label of its segments ({@link Tracks#majorityLabels}), its
 * cluster (the unit the bootstrap resamples) that of its first segment.
 *
 * @param tracks        track ids in order of first appearance
 * @param truth         {@code [tracks]}
 * @param probabilities {@code [tracks][classes]}
 * @param clusters      {@code [tracks]}
 */
record TrackLevel(String[] tracks, int[] truth, double[][] probabilities, String[] clusters) {

    /**
     * @param groups   track of each row, {@code [rows]}
     * @param clusters resampling unit of each row, {@code [rows]}, constant within a track
     */
    static TrackLevel of(int[] truth, double[][] probabilities, String[] groups, String[] clusters, int numClasses) {
        if (groups.length != truth.length || clusters.length != truth.length) {
            throw new EvalException("got " + groups.length + " groups and " + clusters.length + " clusters for "
                    + truth.length + " rows");
        }
        Map<String, Integer> labels = Tracks.majorityLabels(groups, truth, numClasses);
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            clusterOf.putIfAbsent(groups[i], clusters[i]);
        }
        List<String> ids = new ArrayList<>(labels.keySet());
        return new TrackLevel(ids.toArray(String[]::new), ids.stream().mapToInt(labels::get).toArray(),
                means(groups, probabilities), ids.stream().map(clusterOf::get).toArray(String[]::new));
    }

    /** The mean of {@code values[rows][width]} over each track's rows, {@code [tracks][width]}, first-appearance order. */
    static double[][] means(String[] groups, double[][] values) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            double[] row = values[i];
            double[] sum = sums.computeIfAbsent(groups[i], g -> new double[row.length]);
            for (int c = 0; c < row.length; c++) {
                sum[c] += row[c];
            }
            sizes.merge(groups[i], 1, Integer::sum);
        }
        double[][] mean = new double[sums.size()][];
        int t = 0;
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            mean[t] = e.getValue();
            int n = sizes.get(e.getKey());
            for (int c = 0; c < mean[t].length; c++) {
                mean[t][c] /= n;
            }
            t++;
        }
        return mean;
    }
}
