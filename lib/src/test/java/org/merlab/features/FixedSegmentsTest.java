package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FixedSegmentsTest {

    /** A ramp, so every segment's first sample is its start index. */
    private static float[] ramp(int n) {
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = i;
        }
        return y;
    }

    private static int[] starts(List<FixedSegments.Segment> segments) {
        return segments.stream().mapToInt(FixedSegments.Segment::start).toArray();
    }

    @Test
    void aFiveMinuteSongGetsSegmentsOfTheTrainedLengthNotNParts() {
        List<FixedSegments.Segment> cut = FixedSegments.of(3).cut(new float[300 * 100], 100);
        assertEquals(100, cut.size());
        assertTrue(cut.stream().allMatch(s -> s.samples().length == 300 && s.complete()));
        assertEquals(297.0, cut.getLast().startSeconds(100));
        assertEquals(300.0, cut.getLast().endSeconds(100));
    }

    @Test
    void aTailOfAtLeastHalfASegmentGetsAnEndAlignedSegment() {
        // 8 s at 10 Hz in 3 s segments: 0-3, 3-6, then 2 s left (>= 1.5 s), so one more ends at 8 s.
        List<FixedSegments.Segment> cut = FixedSegments.of(3).cut(ramp(80), 10);
        assertArrayEquals(new int[] {0, 30, 50}, starts(cut));
        assertEquals(50f, cut.get(2).samples()[0]);
        assertEquals(79f, cut.get(2).samples()[29]);
    }

    @Test
    void aShorterTailIsDropped() {
        // 7 s: 0-3, 3-6, 1 s left (< 1.5 s).
        assertArrayEquals(new int[] {0, 30}, starts(FixedSegments.of(3).cut(ramp(70), 10)));
    }

    @Test
    void aHopShorterThanTheSegmentOverlaps() {
        List<FixedSegments.Segment> cut = new FixedSegments(2, 1).cut(ramp(50), 10);
        assertArrayEquals(new int[] {0, 10, 20, 30}, starts(cut));
        assertArrayEquals(Arrays.copyOfRange(ramp(50), 10, 30), cut.get(1).samples());
    }

    @Test
    void aSignalShorterThanOneSegmentIsOneIncompleteSegment() {
        List<FixedSegments.Segment> cut = FixedSegments.of(3).cut(ramp(12), 10);
        assertEquals(1, cut.size());
        assertFalse(cut.getFirst().complete());
        assertArrayEquals(ramp(12), cut.getFirst().samples());
        assertEquals(1.2, cut.getFirst().endSeconds(10), 1e-12);
    }

    @Test
    void badLayoutsAndEmptySignalsAreRejectedNamingTheValue() {
        assertTrue(assertThrows(ParameterException.class, () -> FixedSegments.of(0)).getMessage().contains("0.0"));
        assertTrue(assertThrows(ParameterException.class, () -> new FixedSegments(2, 3)).getMessage()
                .contains("at most the segment length"));
        assertThrows(ParameterException.class, () -> FixedSegments.of(1).cut(new float[0], 10));
    }

    @Test
    void theSignatureNamesLengthAndHop() {
        assertEquals("fixed-segments/1 segment=3.0s hop=1.5s", new FixedSegments(3, 1.5).signature());
    }
}
