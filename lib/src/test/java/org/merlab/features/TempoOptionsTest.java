package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TempoOptionsTest {

    @Test
    void defaultWindowIsTimeToFramesOfEightSeconds() {
        assertEquals(344, TempoOptions.DEFAULT.winLength());
        assertEquals(22050.0 / 512, TempoOptions.DEFAULT.frameRate(), 1e-12);
    }

    @Test
    void withRateKeepsThePrior() {
        TempoOptions o = TempoOptions.DEFAULT.withRate(44100, 1024);
        assertEquals(344, o.winLength());
        assertEquals(120, o.startBpm());
    }

    @Test
    void rejectsNonPositiveValuesAndWindowsShorterThanAHop() {
        assertThrows(ParameterException.class, () -> new TempoOptions(22050, 512, 0, 1, 8, 320));
        assertThrows(ParameterException.class, () -> new TempoOptions(22050, 0, 120, 1, 8, 320));
        assertThrows(ParameterException.class, () -> new TempoOptions(22050, 512, 120, Double.NaN, 8, 320));
        assertThrows(ParameterException.class, () -> new TempoOptions(22050, 512, 120, 1, 0.001, 320));
    }
}
