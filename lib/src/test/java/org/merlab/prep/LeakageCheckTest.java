package org.merlab.prep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeakageCheckTest {

    private static Samples rows(String... groups) {
        double[][] x = new double[groups.length][1];
        return new Samples(x, new int[groups.length], groups, List.of("only"));
    }

    @Test
    void plantedLeakFailsLoudlyNamingTheTrack() {
        Split honest = new Split(rows("t1", "t1", "t2"), rows("t3"), rows("t4", "t4"));
        assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(honest));

        Split planted = new Split(rows("t1", "t1", "t2"), rows("t3"), rows("t4", "t2"));
        LeakageException e = assertThrows(LeakageException.class, () -> LeakageCheck.requireDisjointTracks(planted));
        assertTrue(e.getMessage().contains("1 track(s) in both train and test: [t2]"), e.getMessage());
    }

    @Test
    void smoteParentsCountAsTracks() {
        Split viaSmote = new Split(rows("t1", Tracks.syntheticTag("t1", "t4")), rows("t3"), rows("t4"));
        LeakageException e = assertThrows(LeakageException.class, () -> LeakageCheck.requireDisjointTracks(viaSmote));
        assertTrue(e.getMessage().contains("[t4]"), e.getMessage());
    }

    @Test
    void aCoarserGroupingFindsTheSameArtistOnTwoSides() {
        Grouping artist = Grouping.of("artist", java.util.Map.of("t1", "a", "t2", "b", "t3", "b", "t4", "c"));
        Split byTrack = new Split(rows("t1", "t2"), rows(), rows("t3", "t4"));
        assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(byTrack));
        LeakageException e = assertThrows(LeakageException.class, () -> LeakageCheck.requireDisjoint(byTrack, artist));
        assertTrue(e.getMessage().contains("split leaks artists: 1 artist(s) in both train and test: [b]"),
                e.getMessage());
    }

    @Test
    void measuresSiblingsAndSyntheticTestRows() {
        Split split = new Split(rows("t1", "t2", Tracks.syntheticTag("t5", "t5")), rows(),
                rows("t1", "t1", "t3", "t5", Tracks.syntheticTag("t2", "t3"), Tracks.syntheticTag("t3", "t3")));
        LeakageStats stats = LeakageCheck.measure(split);
        // t1 twice (real sibling in train), t5 once (its segments made a training SMOTE row), t3 never
        assertEquals(new LeakageStats(6, 3, 2, 1, List.of("t1", "t2", "t5")), stats);
        assertEquals(4 / 6.0, stats.leakedShare(), 1e-12);
    }
}
