package org.merlab.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The distribution of training text lengths in tokens, from which the models' maximum length is chosen: the
 * shortest length that leaves at least a given share of the training texts untruncated.
 *
 * @param lengths tokens per training text, sorted ascending
 */
public record LengthProfile(int[] lengths) {

    public LengthProfile {
        if (lengths.length == 0) {
            throw new TextException("a length profile needs at least one text");
        }
        lengths = lengths.clone();
        Arrays.sort(lengths);
    }

    /** The profile of tokenised texts. */
    public static LengthProfile of(Collection<List<String>> tokenLists) {
        return new LengthProfile(tokenLists.stream().mapToInt(List::size).toArray());
    }

    @Override
    public int[] lengths() {
        return lengths.clone();
    }

    /** The smallest length {@code L >= 1} with at least {@code coverage} of the texts no longer than {@code L}. */
    public int choose(double coverage) {
        if (!(coverage > 0 && coverage <= 1)) {
            throw new TextException("coverage must be in (0, 1], got " + coverage);
        }
        int rank = (int) Math.ceil(coverage * lengths.length);
        return Math.max(1, lengths[Math.max(rank, 1) - 1]);
    }

    /** Share of texts with at most {@code maxLength} tokens (not truncated at that length). */
    public double coverage(int maxLength) {
        int untruncated = 0;
        for (int n : lengths) {
            untruncated += n <= maxLength ? 1 : 0;
        }
        return (double) untruncated / lengths.length;
    }

    public int max() {
        return lengths[lengths.length - 1];
    }

    public double mean() {
        return Arrays.stream(lengths).average().orElseThrow();
    }

    /** Nearest-rank percentile, {@code q} in (0, 100]. */
    public int percentile(double q) {
        return choose(q / 100);
    }

    /** One row per length 0..max: length, texts of that length, cumulative share. */
    public Table histogram() {
        int[] counts = new int[max() + 1];
        for (int n : lengths) {
            counts[n]++;
        }
        double[] cumulative = new double[counts.length];
        double running = 0;
        for (int n = 0; n < counts.length; n++) {
            running += counts[n];
            cumulative[n] = running / lengths.length;
        }
        int[] index = new int[counts.length];
        Arrays.setAll(index, i -> i);
        return Table.create("text lengths", IntColumn.create("tokens", index), IntColumn.create("texts", counts),
                DoubleColumn.create("cumulativeShare", cumulative));
    }
}
