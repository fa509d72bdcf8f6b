package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.merlab.features.BatchExtractor;

import java.nio.file.Path;
import java.util.List;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureTableTest {

    private static FeatureTable build(String name, int[] trackIds, int hits, double seconds, double audio,
                                      List<BatchExtractor.Skipped> skipped) {
        return new FeatureTable(Table.create(name, IntColumn.create(FeatureTables.TRACK_ID, trackIds)), skipped,
                seconds, hits, audio);
    }

    @Test
    void countsTracksAndSpeed() {
        FeatureTable t = build("a", new int[] {1, 1, 2, 2, 3, 3}, 0, 4, 60, List.of());
        assertEquals(3, t.tracks());
        assertEquals(15, t.realTimeFactor());
    }

    @Test
    void timingsHaveOneRowPerBuild() {
        FeatureTable cold = build("n2", new int[] {1, 1, 2, 2}, 0, 2, 10,
                List.of(new BatchExtractor.Skipped(Path.of("x.wav"), "corrupt")));
        FeatureTable warm = build("n2", new int[] {1, 1, 2, 2}, 2, 0.5, 10, List.of());
        Table t = FeatureTable.timings(List.of(cold, warm));
        assertEquals(List.of("table", "tracks", "segments", "skipped", "cache_hits", "build_s", "audio_s",
                "audio_s_per_s"), t.columnNames());
        assertEquals(2, t.rowCount());
        assertEquals(4, t.intColumn("segments").getInt(0));
        assertEquals(1, t.intColumn("skipped").getInt(0));
        assertEquals(2, t.intColumn("cache_hits").getInt(1));
        assertEquals(5.0, t.doubleColumn("audio_s_per_s").getDouble(0));
        assertEquals(20.0, t.doubleColumn("audio_s_per_s").getDouble(1));
    }
}
