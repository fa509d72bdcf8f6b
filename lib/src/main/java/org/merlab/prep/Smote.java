package org.merlab.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * SMOTE (Chawla et al. 2002) with every class oversampled up to the majority count, as imbalanced-learn's
 * {@code SMOTE(k_neighbors=5, sampling_strategy="auto")}. A synthetic row is
 * {@code x_i + u * (x_nn - x_i)}, {@code u ~ U[0, 1)}, for a random row {@code x_i} of the class and one of its
 * {@code k} nearest same-class neighbours {@code x_nn} (Euclidean distance on the features as given).
 *
 * <p>Written here rather than taken from Smile 6.2.5's {@code smile.classification.resampling.SMOTE}, which
 * oversamples only the single rarest class by a ratio, draws from Smile's global random state, and returns no
 * provenance for the synthetic rows. Here each synthetic row's group is
 * {@link Tracks#syntheticTag(String, String) tagged} with both parent tracks, so leakage through SMOTE is countable.
 * Where a class has {@code n <= k} rows, {@code k} becomes {@code n - 1} (imbalanced-learn raises instead).
 */
public final class Smote {

    /** The paper's and imbalanced-learn's number of neighbours. */
    public static final int DEFAULT_K = 5;

    private Smote() {
    }

    /**
     * The input rows followed by the synthetic rows that bring every class up to the majority class's count.
     * A class with no rows stays empty; a class with a single row cannot be interpolated and is rejected.
     */
    public static Samples oversample(Samples samples, int k, long seed) {
        if (k < 1) {
            throw new PrepException("SMOTE k must be at least 1, got " + k);
        }
        for (int i = 0; i < samples.size(); i++) {
            if (Tracks.isSynthetic(samples.group(i))) {
                throw new PrepException("SMOTE input row " + i + " is already synthetic (" + samples.group(i) + ")");
            }
        }
        int[] counts = samples.classCounts();
        int majority = Arrays.stream(counts).max().orElse(0);
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            int deficit = majority - counts[c];
            if (deficit == 0 || counts[c] == 0) {
                continue;
            }
            if (counts[c] == 1) {
                throw new PrepException("SMOTE needs at least 2 rows of class '" + samples.classes().get(c)
                        + "', got 1");
            }
            final int cls = c;
            int[] members = IntStream.range(0, samples.size())
                    .filter(i -> samples.label(i) == cls).toArray();
            double[][] rows = Arrays.stream(members).mapToObj(samples::row).toArray(double[][]::new);
            int[][] neighbours = nearestNeighbours(rows, Math.min(k, rows.length - 1));
            for (int s = 0; s < deficit; s++) {
                int i = rng.nextInt(rows.length);
                int j = neighbours[i][rng.nextInt(neighbours[i].length)];
                double u = rng.nextDouble();
                double[] synthetic = new double[rows[i].length];
                for (int f = 0; f < synthetic.length; f++) {
                    synthetic[f] = rows[i][f] + u * (rows[j][f] - rows[i][f]);
                }
                x.add(synthetic);
                y.add(c);
                group.add(Tracks.syntheticTag(samples.group(members[i]), samples.group(members[j])));
            }
        }
        return samples.concat(new Samples(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                group.toArray(String[]::new), samples.classes()));
    }

    /**
     * For each row, the indices of its {@code k} nearest other rows by Euclidean distance, nearest first, equal
     * distances in row order (brute force, {@code O(n^2 p)}, keeping the best {@code k} by insertion).
     */
    static int[][] nearestNeighbours(double[][] rows, int k) {
        int[][] result = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            int[] best = new int[k];
            double[] bestDistance = new double[k];
            Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
            for (int j = 0; j < rows.length; j++) {
                double d = j == i ? Double.POSITIVE_INFINITY : squaredDistance(rows[i], rows[j]);
                int slot = k;
                while (slot > 0 && d < bestDistance[slot - 1]) {
                    slot--;
                }
                if (slot < k) {
                    System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                    System.arraycopy(bestDistance, slot, bestDistance, slot + 1, k - slot - 1);
                    best[slot] = j;
                    bestDistance[slot] = d;
                }
            }
            result[i] = best;
        }
        return result;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int f = 0; f < a.length; f++) {
            double d = a[f] - b[f];
            sum += d * d;
        }
        return sum;
    }
}
