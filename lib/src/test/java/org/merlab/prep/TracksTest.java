package org.merlab.prep;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TracksTest {

    @Test
    void syntheticTagNamesBothParents() {
        String tag = Tracks.syntheticTag("12", "40");
        assertTrue(Tracks.isSynthetic(tag));
        assertFalse(Tracks.isSynthetic("12"));
        assertEquals(List.of("12", "40"), Tracks.parents(tag));
        assertEquals(List.of("12"), Tracks.parents("12"));
        assertThrows(PrepException.class, () -> Tracks.syntheticTag(tag, "3"));
        assertThrows(PrepException.class, () -> Tracks.syntheticTag("a|b", "3"));
    }

    @Test
    void majorityLabelWithTiesToLowerClass() {
        String[] group = {"a", "a", "a", "b", "b", "c"};
        int[] y = {2, 1, 2, 1, 0, 1};
        Map<String, Integer> labels = Tracks.majorityLabels(group, y, 3);
        assertEquals(Map.of("a", 2, "b", 0, "c", 1), labels);
        assertEquals(List.of("a", "b", "c"), List.copyOf(labels.keySet()));
    }
}
