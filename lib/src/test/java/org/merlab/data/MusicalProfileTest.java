package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MusicalProfileTest {

    @Test
    void scaleDegreesWrapOctaves() {
        MusicalProfile.Mode major = MusicalProfile.Mode.MAJOR;
        MusicalProfile.Mode minor = MusicalProfile.Mode.MINOR;
        assertEquals(4, major.semitones(2));
        assertEquals(3, minor.semitones(2));
        assertEquals(12, major.semitones(7));
        assertEquals(16, major.semitones(9));
        assertEquals(-1, major.semitones(-1));
        assertEquals(-2, minor.semitones(-1));
        assertEquals(-12, minor.semitones(-7));
    }

    @Test
    void rangesDrawWithinBoundsAndRejectInvertedBounds() {
        MusicalProfile.Range r = new MusicalProfile.Range(-3, 2.5);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            double x = r.draw(random);
            assertTrue(x >= -3 && x <= 2.5, "drew " + x);
        }
        assertEquals(4.0, new MusicalProfile.Range(4, 4).draw(random));
        assertEquals("-3 to 2.5", r.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MusicalProfile.Range(2, 1));
        assertEquals("range min 2.0 exceeds max 1.0", e.getMessage());
    }
}
