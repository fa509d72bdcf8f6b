package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EmotifyStatsTest {

    private static EmotifyTrack track(int id, String genre, int participants, Optional<Gems> stated, double... f) {
        return new EmotifyTrack(id, genre, Path.of(id + ".mp3"), f, Gems.dominant(f), participants, stated);
    }

    /** Three classical and one rock track; track 3 ties amazement with calmness. */
    private static LoadedDataset<EmotifyTrack> toy(int participants, boolean stated) {
        Optional<Gems> calm = stated ? Optional.of(Gems.CALMNESS) : Optional.empty();
        Optional<Gems> power = stated ? Optional.of(Gems.POWER) : Optional.empty();
        return new LoadedDataset<>("toy", List.of(
                track(1, "classical", participants, calm, 0, 0, 0, 0, 0.8, 0, 0, 0, 0.2),
                track(2, "classical", participants, calm, 0.1, 0, 0, 0, 0.6, 0.2, 0, 0, 0),
                track(3, "classical", participants, calm, 0.5, 0, 0, 0, 0.5, 0, 0, 0, 0),
                track(101, "rock", participants, power, 0, 0, 0, 0, 0, 0.9, 0.3, 0.3, 0)), List.of());
    }

    @Test
    void dominantCountsListEveryEmotionInGemsOrder() {
        Table t = EmotifyStats.dominantCounts(toy(0, false));
        assertEquals(FeatureTables.FRACTION_COLUMNS, t.stringColumn("emotion").asList());
        assertArrayEquals(new int[] {1, 0, 0, 0, 2, 1, 0, 0, 0}, t.intColumn("tracks").asIntArray());
        assertEquals(0.5, t.doubleColumn("share").getDouble(Gems.CALMNESS.ordinal()));
    }

    @Test
    void genreByEmotionCountsEachCell() {
        Table t = EmotifyStats.genreByEmotion(toy(0, false));
        assertEquals(List.of("classical", "rock"), t.stringColumn("genre").asList());
        assertArrayEquals(new int[] {2, 0}, t.intColumn("calmness").asIntArray());
        assertArrayEquals(new int[] {1, 0}, t.intColumn("amazement").asIntArray());
        assertArrayEquals(new int[] {0, 1}, t.intColumn("power").asIntArray());
        assertArrayEquals(new int[] {3, 1}, t.intColumn("total").asIntArray());
    }

    @Test
    void fractionSummaryMatchesNumpyPercentiles() {
        Table t = EmotifyStats.fractionSummary(toy(0, false));
        int calm = Gems.CALMNESS.ordinal();
        // numpy.percentile([0, 0.5, 0.6, 0.8], [25, 50, 75]) = [0.375, 0.55, 0.65]
        assertEquals(0.375, t.doubleColumn("q1").getDouble(calm), 1e-12);
        assertEquals(0.55, t.doubleColumn("median").getDouble(calm), 1e-12);
        assertEquals(0.65, t.doubleColumn("q3").getDouble(calm), 1e-12);
        assertEquals(0.475, t.doubleColumn("mean").getDouble(calm), 1e-12);
        assertEquals(0.8, t.doubleColumn("max").getDouble(calm));
        assertEquals(Double.NaN, EmotifyStats.quantile(new double[0], 0.5));
    }

    @Test
    void agreementMeasuresTopShareMarginTiesAndParticipants() {
        Table t = EmotifyStats.agreement(toy(20, false));
        List<String> measures = t.stringColumn("measure").asList();
        double[] v = t.doubleColumn("value").asDoubleArray();
        assertEquals(4, v[measures.indexOf("tracks")]);
        assertEquals((0.8 + 0.6 + 0.5 + 0.9) / 4, v[measures.indexOf("mean top share")], 1e-12);
        assertEquals((0.6 + 0.4 + 0 + 0.6) / 4, v[measures.indexOf("mean margin top - second share")], 1e-12);
        assertEquals(0.25, v[measures.indexOf("share of tracks with a tied top")]);
        assertEquals((1.0 + 0.9 + 1.0 + 1.5) / 4, v[measures.indexOf("mean emotions chosen per listener")], 1e-12);
        assertEquals(20, v[measures.indexOf("participants per track, mean")]);
        assertFalse(measures.contains("tracks whose stated emotion is another tied maximum"));

        Table aggregated = EmotifyStats.agreement(toy(0, true));
        List<String> m = aggregated.stringColumn("measure").asList();
        assertFalse(m.contains("participants per track, mean"));
        assertEquals(1, aggregated.doubleColumn("value").getDouble(m.indexOf(
                "tracks whose stated emotion is another tied maximum")), "track 3 states calmness, argmax amazement");
    }
}
