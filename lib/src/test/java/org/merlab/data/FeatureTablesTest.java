package org.merlab.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.Audio;
import org.merlab.features.FrameStatistics;
import org.merlab.features.Mel;
import org.merlab.features.PaperFeatures;
import org.merlab.features.Stft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureTablesTest {

    /** 36 tracks of 3 s; the tests use 6 of them (one or two per genre) to keep extraction to seconds. */
    private static final SyntheticEmotify.Options TINY = new SyntheticEmotify.Options(11, 1, 3, 3, 6);

    @TempDir
    static Path shared;
    static LoadedDataset<EmotifyTrack> six;

    @TempDir
    Path tmp;

    @BeforeAll
    static void corpus() {
        six = EmbeddedCorpus.load(shared, TINY).limit(6);
    }

    @Test
    void tableHasOneRowPerSegmentWithLabelsJoinedAndTheRecipesValues() {
        FeatureTable ft = FeatureTables.paper(six, 3, tmp.resolve("cache"), 2);
        Table t = ft.table();

        List<String> expected = new ArrayList<>(FeatureTables.KEY_COLUMNS);
        expected.addAll(FeatureTables.FRACTION_COLUMNS);
        expected.addAll(PaperFeatures.COLUMNS);
        assertEquals(expected, t.columnNames());
        assertEquals(4 + 9 + 28, t.columnCount());
        assertEquals(6 * 3, t.rowCount());
        assertEquals(6, ft.tracks());
        assertEquals(List.of(), ft.skipped());
        assertEquals(0, ft.cacheHits());
        assertEquals(6 * 3.0, ft.audioSeconds(), 1e-9, "3 s tracks split in 3 lose no remainder");
        assertTrue(ft.buildSeconds() > 0 && ft.realTimeFactor() > 0);

        for (int r = 0; r < t.rowCount(); r++) {
            EmotifyTrack track = six.tracks().get(r / 3);
            assertEquals(track.trackId(), t.intColumn("track_id").getInt(r));
            assertEquals(track.genre(), t.stringColumn("genre").get(r));
            assertEquals(r % 3, t.intColumn("segment").getInt(r));
            assertEquals(track.dominant().label(), t.stringColumn("emotion").get(r));
            for (Gems g : Gems.values()) {
                assertEquals(track.fraction(g), t.doubleColumn(g.label()).getDouble(r));
            }
        }
        EmotifyTrack last = six.tracks().get(5);
        double[][] direct = PaperFeatures.ofSegments(Audio.load(last.audio()).samples(), 3, Audio.DEFAULT_SR, 1);
        for (int c = 0; c < PaperFeatures.SIZE; c++) {
            assertEquals(direct[2][c], t.doubleColumn(PaperFeatures.COLUMNS.get(c)).getDouble(17),
                    PaperFeatures.COLUMNS.get(c));
        }
    }

    @Test
    void richTableKeepsThePaperRowsAndAddsFrameStatisticsCachedOnTheirOwn() {
        Path cache = tmp.resolve("cache");
        FeatureTable paper = FeatureTables.paper(six, 3, cache, 2);
        FeatureTable rich = FeatureTables.rich(six, 3, cache, 2);
        Table t = rich.table();
        List<String> expected = new ArrayList<>(FeatureTables.KEY_COLUMNS);
        expected.addAll(FeatureTables.FRACTION_COLUMNS);
        expected.addAll(FeatureTables.RICH_COLUMNS);
        assertEquals(expected, t.columnNames());
        assertEquals(2 + FrameStatistics.SIZE, FeatureTables.RICH_COLUMNS.size());
        assertEquals(paper.table().rowCount(), t.rowCount());
        assertEquals(0, rich.cacheHits(), "the statistics have their own cache entries");
        for (String key : List.of("track_id", "segment", "emotion", "harmonic", "tempo")) {
            assertEquals(paper.table().column(key).asList(), t.column(key).asList(), key);
        }
        double[] direct = FrameStatistics.of(PaperFeatures.split(Audio.load(six.tracks().get(5).audio()).samples(),
                3)[2], Audio.DEFAULT_SR);
        for (int c = 0; c < FrameStatistics.SIZE; c++) {
            assertEquals(direct[c], t.doubleColumn(FrameStatistics.COLUMNS.get(c)).getDouble(17));
        }
        assertEquals(6, FeatureTables.rich(six, 3, cache, 2).cacheHits());
    }

    @Test
    void secondBuildIsAllCacheHitsAndChangingNRecomputes() {
        Path cache = tmp.resolve("cache");
        FeatureTable cold = FeatureTables.paper(six, 2, cache, 2);
        FeatureTable warm = FeatureTables.paper(six, 2, cache, 2);
        assertEquals(0, cold.cacheHits());
        assertEquals(6, warm.cacheHits());
        assertEquals(cold.table().printAll(), warm.table().printAll(), "same values and name");
        assertEquals(cold.audioSeconds(), warm.audioSeconds());

        FeatureTable other = FeatureTables.paper(six, 3, cache, 2);
        assertEquals(0, other.cacheHits());
        assertEquals(18, other.table().rowCount());
    }

    @Test
    void corruptAudioIsSkippedListedAndNotCached() throws IOException {
        Path corpus = tmp.resolve("corpus");
        SyntheticEmotify.generate(corpus, TINY);
        LoadedDataset<EmotifyTrack> ds = Emotify.load(corpus.resolve(Emotify.OFFICIAL_FILE), corpus, "embedded")
                .limit(4);
        Path broken = ds.tracks().get(1).audio();
        Files.write(broken, "RIFF, but not really a wave file".getBytes());

        Path cache = tmp.resolve("cache");
        FeatureTable ft = FeatureTables.paper(ds, 2, cache, 2);

        assertEquals(1, ft.skipped().size());
        assertEquals(broken, ft.skipped().getFirst().file());
        assertEquals(3 * 2, ft.table().rowCount());
        assertTrue(ft.table().intColumn("track_id").asList().stream()
                .noneMatch(id -> id == ds.tracks().get(1).trackId()));
        try (Stream<Path> entries = Files.list(cache)) {
            assertEquals(3, entries.count(), "one entry per extracted track, none for the corrupt one");
        }
    }

    @Test
    void logMelSequencesAreFramesByMelsWithTheSameKeys() {
        Path cache = tmp.resolve("cache");
        LogMelSequences lm = FeatureTables.logMel(six, 3, 32, cache, 2);
        assertEquals(18, lm.sequences().size());
        assertEquals(32, lm.nMels());
        int frames = 1 + 22050 / 512;
        assertEquals(frames, lm.minFrames());
        lm.sequences().forEach(s -> {
            assertEquals(frames, s.length);
            assertEquals(32, s[0].length);
        });
        Table paperKeys = FeatureTables.paper(six, 3, null, 2).table()
                .selectColumns(lm.keys().columnNames().toArray(String[]::new)).setName(lm.keys().name());
        assertEquals(paperKeys.printAll(), lm.keys().printAll());

        float[] y = Audio.load(six.tracks().get(4).audio()).samples();
        float[] segment = PaperFeatures.split(y, 3)[1];
        float[][] db = Mel.powerToDb(Mel.melspectrogram(Stft.stft(segment).power(), 22050, 32));
        float[][] sequence = lm.sequences().get(4 * 3 + 1);
        for (int t : new int[] {0, frames / 2, frames - 1}) {
            for (int m = 0; m < 32; m++) {
                assertEquals(db[m][t], sequence[t][m], "frame " + t + " band " + m);
            }
        }

        LogMelSequences warm = FeatureTables.logMel(six, 3, 32, cache, 1);
        assertEquals(6, warm.cacheHits());
        assertArrayEquals(sequence[7], warm.sequences().get(13)[7]);
        assertEquals(0, FeatureTables.logMel(six, 3, 16, cache, 1).cacheHits(), "nMels is part of the key");
    }

    @Test
    void rejectsBadSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureTables.paper(six, 0, null, 1));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeatureTables.logMel(six, 2, 0, null, 1));
        assertThrows(IllegalArgumentException.class, () -> FeatureTables.paper(six, 2, null, 0));
    }
}
