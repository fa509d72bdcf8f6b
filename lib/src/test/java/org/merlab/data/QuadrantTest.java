package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuadrantTest {

    @Test
    void quadrantsAreRussellsValenceArousalSigns() {
        assertEquals(1, Quadrant.Q1.valence());
        assertEquals(1, Quadrant.Q1.arousal());
        assertEquals(-1, Quadrant.Q2.valence());
        assertEquals(1, Quadrant.Q2.arousal());
        assertEquals(-1, Quadrant.Q3.valence());
        assertEquals(-1, Quadrant.Q3.arousal());
        assertEquals(1, Quadrant.Q4.valence());
        assertEquals(-1, Quadrant.Q4.arousal());
    }

    @Test
    void parsesExactNames() {
        assertEquals(Optional.of(Quadrant.Q3), Quadrant.parse("Q3"));
        assertEquals(Optional.empty(), Quadrant.parse("q3"));
    }
}
