package org.merlab.prep;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Hard and soft ranks of a vector, ascending and 1-based.
 *
 * <p>Soft ranks follow Blondel, Teboul, Berthet &amp; Djolonga (ICML 2020), "Fast Differentiable Sorting and
 * Ranking", with quadratic regularisation (torchsort's and fast-soft-sort's {@code soft_rank(x, regularization="l2",
 * regularization_strength=eps)}): the Euclidean projection of {@code x / eps} onto the permutahedron of
 * {@code (n, n-1, ..., 1)}. Sorting {@code theta = x / eps} in descending order to {@code s}, the projection is
 * {@code s - v}, where {@code v} is the non-increasing isotonic regression of {@code s - (n, ..., 1)}, solved by
 * pool-adjacent-violators in O(n) after the O(n log n) sort. As {@code eps -> 0} the soft ranks become the hard ranks;
 * as it grows they shrink toward {@code (n + 1) / 2} while staying an affine function of {@code x} inside each pooled
 * block, which is what makes them differentiable almost everywhere.
 */
public final class Ranks {

    private Ranks() {
    }

    /**
     * Ranks {@code 1..n} with ties given the mean of the ranks they span, as {@code scipy.stats.rankdata(x,
     * method='average')}.
     *
     * @throws IllegalArgumentException naming the index of a NaN
     */
    public static double[] average(double[] x) {
        requireFinite(x, "value");
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[x.length];
        for (int start = 0; start < x.length; ) {
            int end = start + 1;
            while (end < x.length && x[order[end]] == x[order[start]]) {
                end++;
            }
            double mean = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++) {
                ranks[order[k]] = mean;
            }
            start = end;
        }
        return ranks;
    }

    /**
     * Soft ranks of {@code x} with regularisation strength {@code eps}, and the means to back-propagate through
     * them.
     *
     * @throws IllegalArgumentException if {@code eps <= 0} or not finite, or {@code x} holds a NaN or infinity
     */
    public static SoftRanks soft(double[] x, double eps) {
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("the soft-rank regularisation strength must be positive and finite, got "
                    + eps);
        }
        requireFinite(x, "prediction");
        int n = x.length;
        Integer[] boxed = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Double.compare(x[b], x[a]));
        int[] descending = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        double[] s = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = x[descending[k]] / eps;
            y[k] = s[k] - (n - k);
        }
        int[] blockEnds = new int[n];
        double[] v = isotonicNonIncreasing(y, blockEnds);
        double[] ranks = new double[n];
        for (int k = 0; k < n; k++) {
            ranks[descending[k]] = s[k] - v[k];
        }
        return new SoftRanks(ranks, descending, Arrays.copyOf(blockEnds, countBlocks(blockEnds)), eps);
    }

    /**
     * Pool-adjacent-violators for {@code argmin_{v_1 >= ... >= v_n} ||v - y||^2}: a stack of blocks, each merged with
     * the one before it while it is not strictly smaller.
     *
     * @param blockEnds receives the exclusive end of each final block, in order, followed by zeros
     */
    private static double[] isotonicNonIncreasing(double[] y, int[] blockEnds) {
        int n = y.length;
        double[] sums = new double[n];
        int[] ends = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sums[blocks] = y[i];
            ends[blocks] = i + 1;
            blocks++;
            while (blocks > 1 && mean(sums, ends, blocks - 2) <= mean(sums, ends, blocks - 1)) {
                sums[blocks - 2] += sums[blocks - 1];
                ends[blocks - 2] = ends[blocks - 1];
                blocks--;
            }
        }
        double[] v = new double[n];
        int start = 0;
        for (int b = 0; b < blocks; b++) {
            double m = mean(sums, ends, b);
            Arrays.fill(v, start, ends[b], m);
            start = ends[b];
            blockEnds[b] = ends[b];
        }
        return v;
    }

    private static double mean(double[] sums, int[] ends, int b) {
        int start = b == 0 ? 0 : ends[b - 1];
        return sums[b] / (ends[b] - start);
    }

    private static int countBlocks(int[] blockEnds) {
        int b = 0;
        while (b < blockEnds.length && blockEnds[b] > 0) {
            b++;
        }
        return b;
    }

    private static void requireFinite(double[] x, String what) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(what + " " + i + " is " + x[i] + "; ranks need finite values");
            }
        }
    }
}
