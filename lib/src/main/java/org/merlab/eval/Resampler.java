package org.merlab.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The cluster bootstrap's draw (Efron &amp; Tibshirani 1993, ch. 13; Field &amp; Welsh 2007): rows are grouped into
 * clusters (tracks, artists), and one resample draws as many clusters as there are, with replacement, and pools
 * their rows, so correlated rows of one cluster move together.
 */
final class Resampler {

    private final List<int[]> clusters;

    private Resampler(List<int[]> clusters) {
        this.clusters = clusters;
    }

    /**
     * @param clusters cluster id of each row, {@code [rows]}; {@code null} makes every row its own cluster
     */
    static Resampler of(String[] clusters, int rows) {
        if (clusters == null) {
            List<int[]> single = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                single.add(new int[] {i});
            }
            return new Resampler(single);
        }
        if (clusters.length != rows) {
            throw new EvalException("got " + clusters.length + " groups for " + rows + " rows");
        }
        Map<String, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            byCluster.computeIfAbsent(clusters[i], g -> new ArrayList<>()).add(i);
        }
        return new Resampler(byCluster.values().stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList());
    }

    int clusters() {
        return clusters.size();
    }

    /** The rows of one resample (repeats included), cluster by cluster in the order drawn. */
    int[] draw(SplittableRandom rng) {
        int[][] drawn = new int[clusters.size()][];
        int total = 0;
        for (int t = 0; t < drawn.length; t++) {
            drawn[t] = clusters.get(rng.nextInt(clusters.size()));
            total += drawn[t].length;
        }
        int[] out = new int[total];
        int at = 0;
        for (int[] members : drawn) {
            System.arraycopy(members, 0, out, at, members.length);
            at += members.length;
        }
        return out;
    }

    /** The confusion matrix of the given rows (repeats counted). */
    static ConfusionMatrix confusion(int[] truth, int[] predicted, int[] rows, int numClasses) {
        int[][] counts = new int[numClasses][numClasses];
        for (int row : rows) {
            counts[truth[row]][predicted[row]]++;
        }
        return new ConfusionMatrix(counts);
    }
}
