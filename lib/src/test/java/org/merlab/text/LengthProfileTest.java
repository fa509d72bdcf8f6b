package org.merlab.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LengthProfileTest {

    private final LengthProfile profile = new LengthProfile(new int[] {5, 1, 2, 2, 3, 3, 3, 4, 9, 10});

    @Test
    void choosesTheShortestLengthThatCoversTheShare() {
        assertEquals(3, profile.choose(0.6));
        assertEquals(4, profile.choose(0.7));
        assertEquals(5, profile.choose(0.8));
        assertEquals(9, profile.choose(0.9));
        assertEquals(10, profile.choose(1.0));
        assertEquals(1, profile.choose(0.05));
    }

    @Test
    void coverageIsTheShareNotTruncated() {
        assertEquals(0.6, profile.coverage(3), 1e-12);
        assertEquals(1.0, profile.coverage(10), 1e-12);
        assertEquals(0.0, profile.coverage(0), 1e-12);
    }

    @Test
    void histogramCountsEveryLengthAndEndsAtOne() {
        var table = profile.histogram();
        assertEquals(11, table.rowCount());
        assertEquals(3, table.intColumn("texts").get(3));
        assertEquals(1.0, table.doubleColumn("cumulativeShare").get(10), 1e-12);
        assertEquals(4.2, profile.mean(), 1e-12);
        assertEquals(10, profile.max());
        assertEquals(9, profile.percentile(90));
    }

    @Test
    void fromTokenListsAndBadInput() {
        assertEquals(2, LengthProfile.of(List.of(List.of("a", "b"), List.of("c"))).max());
        assertThrows(TextException.class, () -> new LengthProfile(new int[0]));
        assertThrows(TextException.class, () -> profile.choose(0));
        assertThrows(TextException.class, () -> profile.choose(1.5));
    }
}
