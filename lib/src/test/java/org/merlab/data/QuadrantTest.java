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

    @Test
    void aPointFallsInTheQuadrantOfItsSignsAroundTheCentre() {
        assertEquals(Quadrant.Q1, Quadrant.of(0.2, 0.1, 0, 0));
        assertEquals(Quadrant.Q2, Quadrant.of(-0.2, 0.1, 0, 0));
        assertEquals(Quadrant.Q3, Quadrant.of(-0.2, -0.1, 0, 0));
        assertEquals(Quadrant.Q4, Quadrant.of(0.2, -0.1, 0, 0));
        // the centre moves the axes; a point on an axis counts as positive
        assertEquals(Quadrant.Q3, Quadrant.of(0.2, 0.1, 0.3, 0.3));
        assertEquals(Quadrant.Q1, Quadrant.of(0.3, 0.3, 0.3, 0.3));
    }
}
