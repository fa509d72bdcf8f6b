package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GemsTest {

    @Test
    void dominantIsTheLargestShareAndTiesGoToTheFirstInGemsOrder() {
        assertEquals(Gems.SADNESS, Gems.dominant(new double[] {0, 0, 0, 0, 0, 0, 0, 0.1, 0.2}));
        assertEquals(Gems.TENDERNESS, Gems.dominant(new double[] {0, 0, 0.5, 0, 0.5, 0, 0, 0, 0.5}));
        assertEquals(Gems.AMAZEMENT, Gems.dominant(new double[9]));
    }

    @Test
    void dominantNeedsNineShares() {
        assertThrows(IllegalArgumentException.class, () -> Gems.dominant(new double[8]));
    }

    @Test
    void labelsAreEmotifysColumnNames() {
        assertEquals("joyful_activation", Gems.JOYFUL_ACTIVATION.label());
        assertEquals(Optional.of(Gems.JOYFUL_ACTIVATION), Gems.parse("joyful_activation"));
        assertEquals(Optional.empty(), Gems.parse(" calmness"));
    }
}
