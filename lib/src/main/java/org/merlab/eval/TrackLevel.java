package org.merlab.eval;

import org.merlab.prep.Tracks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segment probabilities pooled per track: a track's probability vector is the mean of its segments'
 * ({@code [tracks][classes]}), its truth the majority label of its segments ({@link Tracks#majorityLabels}).
 *
 * @param tracks        track ids in order of first appearance
 * @param truth         {@code [tracks]}
 * @param probabilities {@code [tracks][classes]}
 */
record TrackLevel(String[] tracks, int[] truth, double[][] probabilities) {

    static TrackLevel of(int[] truth, double[][] probabilities, String[] groups, int numClasses) {
        if (groups.length != truth.length) {
            throw new EvalException("got " + groups.length + " groups for " + truth.length + " rows");
        }
        Map<String, Integer> labels = Tracks.majorityLabels(groups, truth, numClasses);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < truth.length; i++) {
            double[] sum = sums.computeIfAbsent(groups[i], g -> new double[numClasses]);
            for (int c = 0; c < numClasses; c++) {
                sum[c] += probabilities[i][c];
            }
            sizes.merge(groups[i], 1, Integer::sum);
        }
        List<String> ids = new ArrayList<>(sums.keySet());
        double[][] mean = new double[ids.size()][];
        for (int t = 0; t < ids.size(); t++) {
            mean[t] = sums.get(ids.get(t));
            int n = sizes.get(ids.get(t));
            for (int c = 0; c < numClasses; c++) {
                mean[t][c] /= n;
            }
        }
        return new TrackLevel(ids.toArray(String[]::new), ids.stream().mapToInt(labels::get).toArray(), mean);
    }
}
