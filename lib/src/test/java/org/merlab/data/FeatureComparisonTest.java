package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.features.PaperFeatures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureComparisonTest {

    @TempDir
    Path tmp;

    /** A feature table of tracks 6 and 7, two segments each, every feature equal to track + segment + 1. */
    private static FeatureTable ours() {
        Table t = Table.create("ours", IntColumn.create("track_id", 6, 6, 7, 7),
                IntColumn.create("segment", 0, 1, 0, 1));
        for (String f : PaperFeatures.COLUMNS) {
            t.addColumns(DoubleColumn.create(f, 7, 8, 8, 9));
        }
        return new FeatureTable(t, List.of(), 1, 0, 4);
    }

    private static LoadedDataset<EmotifyTrack> real() {
        double[] f = {0, 0, 0, 0, 1, 0, 0, 0, 0};
        return new LoadedDataset<>("emotify-dev", List.of(new EmotifyTrack(6, "classical", Path.of("6.mp3"), f,
                Gems.CALMNESS, 0, Optional.empty())), List.of());
    }

    /** The reference for track 6 (and an unrelated track 99): ours plus 10% on segment 1, other N rows ignored. */
    private Path reference(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("track_id,genre,n_segments,segment," + String.join(",", PaperFeatures.COLUMNS));
        String[] rows = {"6,classical," + n + ",0,7", "6,classical," + n + ",1,8.8", "99,rock," + n + ",0,1",
                "6,classical,3,0,1000"};
        for (String row : rows) {
            String[] parts = row.split(",");
            String value = parts[4];
            lines.add(String.join(",", parts[0], parts[1], parts[2], parts[3])
                    + ("," + value).repeat(PaperFeatures.SIZE));
        }
        Path file = FeatureComparison.referenceFile(tmp, n);
        Files.write(file, lines);
        return file;
    }

    @Test
    void joinsOnTrackAndSegmentAndMeasuresDifferences() throws IOException {
        reference(2);
        FeatureComparison c = FeatureComparison.of(real(), ours(), 2, tmp);
        Table t = c.table();
        assertEquals(PaperFeatures.COLUMNS, t.stringColumn("feature").asList());
        assertEquals(2, t.intColumn("segments").getInt(0));
        assertEquals(0.4, t.doubleColumn("mean_abs_diff").getDouble(5), 1e-12);
        assertEquals(0.8, t.doubleColumn("max_abs_diff").getDouble(5), 1e-12);
        assertEquals(0.8 / 8.8, t.doubleColumn("max_rel_diff").getDouble(27), 1e-12);
        assertEquals((7 + 8.8) / 2, t.doubleColumn("mean_abs_reference").getDouble(0), 1e-12);
        assertTrue(c.note().contains("2 segments of 1 tracks"), c.note());
    }

    @Test
    void saysWhyNothingWasCompared() throws IOException {
        FeatureComparison embedded = FeatureComparison.of(
                new LoadedDataset<>(EmbeddedCorpus.NAME, List.of(), List.of()), ours(), 2, tmp);
        assertEquals(0, embedded.table().rowCount());
        assertTrue(embedded.note().contains("synthetic"), embedded.note());

        FeatureComparison absent = FeatureComparison.of(real(), ours(), 2, tmp);
        assertEquals(0, absent.table().rowCount());
        assertTrue(absent.note().contains(FeatureComparison.referenceFile(tmp, 2).toString()), absent.note());

        reference(2);
        Table other = ours().table().copy();
        other.replaceColumn("track_id", IntColumn.create("track_id", 1, 1, 2, 2));
        FeatureComparison none = FeatureComparison.of(real(), new FeatureTable(other, List.of(), 1, 0, 4), 2, tmp);
        assertEquals(0, none.table().rowCount());
        assertTrue(none.note().contains("None of the"), none.note());
    }

    @Test
    void malformedReferenceNamesTheFile() throws IOException {
        Path file = FeatureComparison.referenceFile(tmp, 2);
        Files.writeString(file, "track_id,genre,n_segments,segment,rms\n6,classical,2,0,0.1\n");
        DatasetException e = assertThrows(DatasetException.class, () -> FeatureComparison.of(real(), ours(), 2, tmp));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("chroma_stft"), e.getMessage());
    }
}
