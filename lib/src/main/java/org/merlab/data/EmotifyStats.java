package org.merlab.data;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Annotation statistics of an Emotify-layout dataset for the exploration notebook: class counts (the paper's
 * Fig. 7), genre x emotion counts, the distribution of the GEMS shares and how much listeners agreed.
 */
public final class EmotifyStats {

    /** Shares this close count as equal when looking for tied maxima (the aggregated CSV prints 12 digits). */
    static final double TIE = 1e-9;

    private EmotifyStats() {
    }

    /** Columns {@code emotion, tracks, share}: tracks per dominant emotion, every GEMS category in GEMS order. */
    public static Table dominantCounts(LoadedDataset<EmotifyTrack> ds) {
        int[] counts = new int[Gems.values().length];
        ds.tracks().forEach(t -> counts[t.dominant().ordinal()]++);
        int total = ds.tracks().size();
        return Table.create("dominant emotion per track, " + ds.name(),
                StringColumn.create("emotion", FeatureTables.FRACTION_COLUMNS),
                IntColumn.create("tracks", counts),
                DoubleColumn.create("share",
                        Arrays.stream(counts).mapToDouble(c -> total == 0 ? 0 : c / (double) total)));
    }

    /**
     * Columns {@code genre}, one per GEMS category, {@code total}: tracks per genre (in dataset order) and dominant
     * emotion.
     */
    public static Table genreByEmotion(LoadedDataset<EmotifyTrack> ds) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        for (EmotifyTrack t : ds.tracks()) {
            rows.computeIfAbsent(t.genre(), g -> new int[Gems.values().length])[t.dominant().ordinal()]++;
        }
        Table table = Table.create("genre x dominant emotion, " + ds.name(),
                StringColumn.create("genre", rows.keySet()));
        for (Gems g : Gems.values()) {
            table.addColumns(IntColumn.create(g.label(),
                    rows.values().stream().mapToInt(c -> c[g.ordinal()]).toArray()));
        }
        table.addColumns(IntColumn.create("total",
                rows.values().stream().mapToInt(c -> Arrays.stream(c).sum()).toArray()));
        return table;
    }

    /** Each GEMS category's shares over all tracks, in GEMS order: the data of a box plot per emotion. */
    public static Map<String, double[]> fractionsByEmotion(LoadedDataset<EmotifyTrack> ds) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Gems g : Gems.values()) {
            out.put(g.label(), ds.tracks().stream().mapToDouble(t -> t.fraction(g)).toArray());
        }
        return out;
    }

    /**
     * Columns {@code emotion, mean, min, q1, median, q3, max} of each category's shares over the tracks; quartiles
     * interpolate linearly between order statistics as {@code numpy.percentile} does by default.
     */
    public static Table fractionSummary(LoadedDataset<EmotifyTrack> ds) {
        Map<String, double[]> shares = fractionsByEmotion(ds);
        Table table = Table.create("GEMS shares over tracks, " + ds.name(),
                StringColumn.create("emotion", shares.keySet()));
        table.addColumns(DoubleColumn.create("mean", shares.values().stream().mapToDouble(EmotifyStats::mean)));
        for (var q : List.of(Map.entry("min", 0.0), Map.entry("q1", 0.25), Map.entry("median", 0.5),
                Map.entry("q3", 0.75), Map.entry("max", 1.0))) {
            table.addColumns(DoubleColumn.create(q.getKey(),
                    shares.values().stream().mapToDouble(v -> quantile(v, q.getValue()))));
        }
        return table;
    }

    /**
     * Columns {@code measure, value}: how clearly listeners agreed on each track. Always: tracks, mean top share
     * (the dominant emotion's share), mean margin between the top two shares, share of tracks whose top share is tied,
     * and mean emotions chosen per listener (the sum of a track's shares, since each listener could pick several).
     * With the per-participant layout also participants per track (mean, min, max); with the aggregated layout the
     * tracks whose stated {@code emotion} differs from the GEMS-order argmax (always a tie).
     */
    public static Table agreement(LoadedDataset<EmotifyTrack> ds) {
        StringColumn measure = StringColumn.create("measure");
        DoubleColumn value = DoubleColumn.create("value");
        List<EmotifyTrack> tracks = ds.tracks();
        measure.append("tracks");
        value.append(tracks.size());
        double[] top = new double[tracks.size()];
        double[] margin = new double[tracks.size()];
        double[] chosen = new double[tracks.size()];
        int tied = 0;
        for (int i = 0; i < tracks.size(); i++) {
            double[] f = tracks.get(i).fractions();
            top[i] = Arrays.stream(f).max().orElseThrow();
            margin[i] = topTwoMargin(f);
            chosen[i] = Arrays.stream(f).sum();
            tied += margin[i] <= TIE ? 1 : 0;
        }
        measure.append("mean top share");
        value.append(mean(top));
        measure.append("mean margin top - second share");
        value.append(mean(margin));
        measure.append("share of tracks with a tied top");
        value.append(tracks.isEmpty() ? Double.NaN : tied / (double) tracks.size());
        measure.append("mean emotions chosen per listener");
        value.append(mean(chosen));
        if (!tracks.isEmpty() && tracks.stream().allMatch(t -> t.participants() > 0)) {
            int[] n = tracks.stream().mapToInt(EmotifyTrack::participants).toArray();
            measure.append("participants per track, mean");
            value.append(Arrays.stream(n).average().orElseThrow());
            measure.append("participants per track, min");
            value.append(Arrays.stream(n).min().orElseThrow());
            measure.append("participants per track, max");
            value.append(Arrays.stream(n).max().orElseThrow());
        }
        if (!tracks.isEmpty() && tracks.stream().allMatch(t -> t.statedDominant().isPresent())) {
            measure.append("tracks whose stated emotion is another tied maximum");
            value.append(tracks.stream().filter(t -> t.statedDominant().get() != t.dominant()).count());
        }
        return Table.create("listener agreement, " + ds.name(), measure, value);
    }

    /**
     * Columns {@code fact, tracks, share}: the label facts a study on these tracks must show beside its accuracies,
     * each a count of tracks and its share of all tracks. Rows: {@code tracks}; {@code majority class <emotion>}
     * (the most frequent dominant emotion, first in GEMS order on a tie: the accuracy of always guessing it);
     * {@code tied for the top share} (two or more emotions share the maximum, so the label is a tie-break);
     * {@code top-two margin under <m>} (ties included) and {@code top-two margin under <m>, not tied}: tracks whose
     * label a few listeners could flip. Shares closer than {@value #TIE} count as equal, in the tie and in the margin
     * test alike, so a margin of exactly {@code m} in decimals (0.5 - 0.45) is not under {@code m} by rounding.
     *
     * @param margin the margin threshold, in shares of listeners (the 0.05)
     * @throws IllegalArgumentException if {@code margin} is not in (0, 1]
     */
    public static Table labelFacts(LoadedDataset<EmotifyTrack> ds, double margin) {
        if (!(margin > 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be in (0, 1], got " + margin);
        }
        List<EmotifyTrack> tracks = ds.tracks();
        int[] counts = new int[Gems.values().length];
        int tied = 0;
        int close = 0;
        for (EmotifyTrack t : tracks) {
            counts[t.dominant().ordinal()]++;
            double m = topTwoMargin(t.fractions());
            tied += m <= TIE ? 1 : 0;
            close += m < margin - TIE ? 1 : 0;
        }
        int majority = 0;
        for (int i = 1; i < counts.length; i++) {
            majority = counts[i] > counts[majority] ? i : majority;
        }
        String m = BigDecimal.valueOf(margin).stripTrailingZeros().toPlainString();
        StringColumn fact = StringColumn.create("fact", "tracks", "majority class " + Gems.values()[majority].label(),
                "tied for the top share", "top-two margin under " + m, "top-two margin under " + m + ", not tied");
        int[] n = {tracks.size(), counts[majority], tied, close, close - tied};
        return Table.create("label facts, " + ds.name(), fact, IntColumn.create("tracks", n),
                DoubleColumn.create("share", Arrays.stream(n)
                        .mapToDouble(c -> tracks.isEmpty() ? Double.NaN : c / (double) tracks.size())));
    }

    /** The largest share minus the second largest (0 on a tie). */
    static double topTwoMargin(double[] fractions) {
        double[] sorted = fractions.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1] - sorted[sorted.length - 2];
    }

    /** {@code numpy.percentile(v, 100 q)} with linear interpolation; NaN for no values. */
    static double quantile(double[] v, double q) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, s.length - 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }
}
