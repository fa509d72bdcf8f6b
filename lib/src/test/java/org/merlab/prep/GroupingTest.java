package org.merlab.prep;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupingTest {

    private static final Grouping ARTIST = Grouping.of("artist", Map.of("t1", "a", "t2", "a", "t3", "b"));

    @Test
    void trackGroupingIsTheTrackItself() {
        assertEquals("t1", Grouping.TRACK.keyOf("t1"));
        assertEquals(List.of("t1"), Grouping.TRACK.keysOf("t1"));
        assertEquals("track", Grouping.TRACK.name());
    }

    @Test
    void mapsTracksToTheirGroup() {
        assertEquals("a", ARTIST.keyOf("t2"));
        assertEquals("b", ARTIST.keyOf("t3"));
        assertEquals("artist", ARTIST.toString());
    }

    @Test
    void aSmoteRowStandsForBothParentsGroupsButIsItsOwnResamplingUnit() {
        String tag = Tracks.syntheticTag("t1", "t3");
        assertEquals(List.of("a", "b"), ARTIST.keysOf(tag));
        assertEquals(tag, ARTIST.keyOf(tag));
    }

    @Test
    void anUnmappedTrackIsNamed() {
        PrepException e = assertThrows(PrepException.class, () -> ARTIST.keyOf("t9"));
        assertTrue(e.getMessage().contains("'t9'") && e.getMessage().contains("artist"), e.getMessage());
        assertThrows(PrepException.class, () -> Grouping.of(" ", Map.of()));
    }
}
