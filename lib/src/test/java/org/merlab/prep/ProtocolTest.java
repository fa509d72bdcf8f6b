package org.merlab.prep;

import org.junit.jupiter.api.Test;
import org.merlab.testing.SyntheticTracks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolTest {

    /** Imbalanced like Emotify's emotion labels: 3 classes with 10, 20 and 40 tracks of 10 segments. */
    private static final Samples DATA = SyntheticTracks.generate(new int[] {10, 20, 40}, 10, 5, 1, 1, 0.1, 5);

    @Test
    void publishedLeaksSegmentsAndSyntheticRowsIntoTest() {
        Split split = Protocol.PUBLISHED.split(DATA, 42);
        assertEquals(3 * 400, split.train().size() + split.validation().size() + split.test().size());
        LeakageStats stats = LeakageCheck.measure(split);
        assertEquals(180, stats.testRows());
        assertTrue(stats.syntheticTestRows() > 0, stats.toString());
        assertTrue(stats.leakedShare() > 0.9, stats.toString());
    }

    @Test
    void honestKeepsTracksApartAndOversamplesTrainingOnly() {
        Split split = Protocol.HONEST.split(DATA, 42);
        assertDoesNotThrow(() -> LeakageCheck.requireDisjointTracks(split));
        LeakageStats stats = LeakageCheck.measure(split);
        assertEquals(new LeakageStats(split.test().size(), 0, 0, 0, List.of()), stats);
        assertArrayEquals(new int[] {280, 280, 280}, split.train().classCounts());
        for (Samples heldOut : List.of(split.validation(), split.test())) {
            for (int i = 0; i < heldOut.size(); i++) {
                assertTrue(!Tracks.isSynthetic(heldOut.group(i)), heldOut.group(i));
            }
        }
    }

    @Test
    void seeded() {
        assertEquals(Protocol.HONEST.split(DATA, 9), Protocol.HONEST.split(DATA, 9));
        assertEquals(Protocol.PUBLISHED.split(DATA, 9), Protocol.PUBLISHED.split(DATA, 9));
    }
}
