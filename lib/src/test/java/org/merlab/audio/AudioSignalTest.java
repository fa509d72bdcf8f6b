package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioSignalTest {

    @Test
    void durationAndSummary() {
        AudioSignal s = new AudioSignal(new float[33075], 22050);
        assertEquals(1.5, s.durationSeconds(), 0);
        assertEquals("AudioSignal[33075 samples, 22050 Hz, 1.50 s]", s.toString());
    }

    @Test
    void rejectsANonPositiveRateNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AudioSignal(new float[1], 0));
        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }
}
