package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogMelSequencesTest {

    @Test
    void minFramesIsTheShortestSequence() {
        Table keys = Table.create("k", IntColumn.create(FeatureTables.TRACK_ID, 1, 2));
        LogMelSequences lm = new LogMelSequences(keys, List.of(new float[5][4], new float[3][4]), 4, List.of(), 1, 0);
        assertEquals(3, lm.minFrames());
    }

    @Test
    void needsOneKeyRowPerSequence() {
        Table keys = Table.create("k", IntColumn.create(FeatureTables.TRACK_ID, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogMelSequences(keys, List.of(new float[5][4], new float[3][4]), 4, List.of(), 1, 0));
        assertEquals("need one key row per sequence, got 1 rows for 2 sequences", e.getMessage());
    }
}
