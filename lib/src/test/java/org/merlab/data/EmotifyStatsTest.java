package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.merlab.testing.Shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void labelFactsCountTheMajorityTiesAndCloseMarginsInDecimalsNotRounding() {
        LoadedDataset<EmotifyTrack> ds = new LoadedDataset<>("toy", List.of(
                track(1, "classical", 0, Optional.empty(), 0, 0, 0, 0, 0.8, 0, 0, 0, 0.2),
                track(2, "classical", 0, Optional.empty(), 0, 0, 0, 0, 0.5, 0, 0, 0, 0.46),
                // 0.5 - 0.45 is 0.04999999999999999 in binary floating point, and exactly the 0.05 margin in decimals
                track(3, "classical", 0, Optional.empty(), 0, 0, 0, 0, 0.5, 0, 0, 0, 0.45),
                track(4, "classical", 0, Optional.empty(), 0.3, 0, 0, 0, 0.3, 0, 0, 0, 0),
                track(101, "rock", 0, Optional.empty(), 0, 0, 0, 0, 0, 0.9, 0.9, 0, 0)), List.of());

        Table t = EmotifyStats.labelFacts(ds, 0.05);

        assertEquals(List.of("tracks", "majority class calmness", "tied for the top share",
                "top-two margin under 0.05", "top-two margin under 0.05, not tied"), t.stringColumn("fact").asList());
        assertArrayEquals(new int[] {5, 3, 2, 3, 1}, t.intColumn("tracks").asIntArray());
        assertArrayEquals(new double[] {1, 0.6, 0.4, 0.6, 0.2}, t.doubleColumn("share").asDoubleArray(), 1e-12);
        assertEquals("top-two margin under 0.1", EmotifyStats.labelFacts(ds, 0.1).stringColumn("fact").get(3));
    }

    @Test
    void labelFactsTieBetweenClassesGoesToTheFirstInGemsOrder() {
        LoadedDataset<EmotifyTrack> ds = new LoadedDataset<>("toy", List.of(
                track(1, "rock", 0, Optional.empty(), 0, 0, 0, 0, 0, 0, 0, 0.9, 0),
                track(2, "rock", 0, Optional.empty(), 0, 0, 0, 0, 0, 0.9, 0, 0, 0)), List.of());
        assertEquals("majority class power", EmotifyStats.labelFacts(ds, 0.05).stringColumn("fact").get(1));
    }

    @Test
    void labelFactsRejectAMarginOutsideZeroToOne() {
        LoadedDataset<EmotifyTrack> ds = toy(0, false);
        for (double bad : new double[] {0, -0.05, 1.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> EmotifyStats.labelFacts(ds, bad), "margin " + bad);
        }
    }

    /**
     * The 120 tracks of the development subset. Expected counts from Python's exact {@code decimal.Decimal} arithmetic
     * on the emotions.csv rows listed in MANIFEST.tsv: calmness dominates 27 tracks, 15 tie for the top share, 22 have
     * a top-two margin under 0.05 (tracks 22 and 27 have exactly 0.05: 0.5 - 0.45 and 0.75 - 0.7).
     */
    @Test
    void labelFactsOfTheDevSubset() {
        LoadedDataset<EmotifyTrack> dev = Emotify.loadDirectory(Shared.path("datasets/emotify-dev"));
        Table t = EmotifyStats.labelFacts(dev, 0.05);
        assertEquals("majority class calmness", t.stringColumn("fact").get(1));
        assertArrayEquals(new int[] {120, 27, 15, 22, 7}, t.intColumn("tracks").asIntArray());
        assertEquals(27 / 120.0, t.doubleColumn("share").getDouble(1), 1e-12);
    }
}
