package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CascadeDesignTest {

    @Test
    void followsSoxrsStagePlan() {
        CascadeDesign from32k = CascadeDesign.of(441, 640); // 32000 -> 22050: x2 DFT stage, then 441 phases
        assertEquals(882, from32k.up());
        assertEquals(1280, from32k.down());
        CascadeDesign from48k = CascadeDesign.of(147, 320); // 48000 -> 22050: 1:1 DFT stage, then 147 phases
        assertEquals(147, from48k.up());
        assertEquals(320, from48k.down());
        assertNull(CascadeDesign.of(1, 2));     // 44100 -> 22050: one DFT stage
        assertNull(CascadeDesign.of(147, 640)); // 96000 -> 22050: halving stages first
        assertNull(CascadeDesign.of(441, 320)); // 16000 -> 22050: upsampling
        assertNull(CascadeDesign.of(441, 800)); // 40000 -> 22050: 1.5 < ratio < 2, soxr decimates first
    }

    @Test
    void prototypeIsSymmetricOddAndHasTheGainOfItsGrid() {
        CascadeDesign c = CascadeDesign.of(441, 640);
        double[] h = c.prototype(Resampler.PASSBAND_END, Resampler.attenuationDb(441, 640));
        assertEquals(1, h.length % 2);
        double sum = 0;
        for (int k = 0; k < h.length; k++) {
            assertEquals(h[k], h[h.length - 1 - k], 1e-12);
            sum += h[k];
        }
        assertEquals(c.up(), sum, 1e-3 * c.up());
    }

    @Test
    void inverseResponseIsWhereTheKaiserEdgeDropsBySoMuch() {
        // a deeper drop lies further into the transition band; 0.01 dB is very near its start
        double small = CascadeDesign.inverseResponse(-0.01, 132.45);
        double large = CascadeDesign.inverseResponse(-3, 132.45);
        assertTrue(small > 0 && small < large && large < 1, small + " " + large);
    }
}
