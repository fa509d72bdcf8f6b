package org.merlab.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.features.BatchExtractor;
import org.merlab.prep.Samples;
import org.merlab.report.Provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SegmentTablesTest {

    private static final Samples TABLE = new Samples(new double[][] {{1}, {2}}, new int[] {0, 1},
            new String[] {"1", "2"}, List.of("a", "b"));

    private static final Provenance BASE = new Provenance(7, Map.of("MERLAB_SEED", "7"), "unknown", "jdk", Map.of(),
            Map.of(),
            "emotify-dev", "sha256:00", java.time.Instant.EPOCH);

    private static BatchExtractor.Skipped skipped(String file, String reason) {
        return new BatchExtractor.Skipped(Path.of(file), reason);
    }

    @Test
    void skippedTracksAreCountedOnceAndListedPerSegmentation() {
        Map<Integer, List<BatchExtractor.Skipped>> skipped = new java.util.LinkedHashMap<>();
        skipped.put(10, List.of(skipped("rock/3.mp3", "truncated")));
        skipped.put(20, List.of(skipped("rock/3.mp3", "truncated"), skipped("pop/9.mp3", "too short")));
        SegmentTables tables = new SegmentTables(Map.of(10, TABLE, 20, TABLE), skipped, 120);
        assertEquals(List.of(Path.of("rock/3.mp3"), Path.of("pop/9.mp3")),
                tables.skippedTracks().stream().map(BatchExtractor.Skipped::file).toList());
        assertEquals(3, tables.skippedTable().rowCount());
        assertEquals(TABLE, tables.get(20));
        assertThrows(StudyException.class, () -> tables.get(5));
        assertEquals("2 of 120: rock/3.mp3 (truncated); pop/9.mp3 (too short)",
                tables.withSkipped(BASE).parameters().get("skippedTracks"));
        assertEquals("7", tables.withSkipped(BASE).parameters().get("MERLAB_SEED"));
    }

    @Test
    void nothingSkippedIsRecordedToo() {
        SegmentTables tables = new SegmentTables(Map.of(10, TABLE), Map.of(10, List.of()), 72);
        assertEquals("0 of 72", tables.withSkipped(BASE).parameters().get("skippedTracks"));
        assertEquals(0, tables.skippedTable().rowCount());
        assertEquals(List.of("segments", "file", "reason"), tables.skippedTable().columnNames());
    }
}
