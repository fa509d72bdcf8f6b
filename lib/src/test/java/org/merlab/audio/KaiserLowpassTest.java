package org.merlab.audio;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KaiserLowpassTest {

    /** Amplitude response of a symmetric FIR at {@code f}, a fraction of the sample rate of the taps. */
    private static double response(double[] h, double f) {
        double centre = (h.length - 1) / 2.0;
        double sum = 0;
        for (int k = 0; k < h.length; k++) {
            sum += h[k] * Math.cos(2 * Math.PI * f * (k - centre));
        }
        return sum;
    }

    @Test
    void besselI0MatchesTabulatedValues() {
        assertEquals(1.0, KaiserLowpass.besselI0(0), 0);
        assertEquals(1.2660658777520082, KaiserLowpass.besselI0(1), 1e-15);
        assertEquals(27.239871823604442, KaiserLowpass.besselI0(5), 1e-12);
        assertEquals(2815.716628466254, KaiserLowpass.besselI0(10), 1e-9);
    }

    @Test
    void betaBelow60DbIsKaisersFormula() {
        assertEquals(.1102 * (55 - 8.7), KaiserLowpass.beta(55, 0.01), 1e-12);
        assertEquals(0, KaiserLowpass.beta(20, 0.01), 0);
    }

    @Test
    void halfBandDesignHasSoxrsLengthGainAndBands() {
        double fp = Resampler.PASSBAND_END / 2;
        double[] h = KaiserLowpass.design(fp, 0.5, Resampler.ATTENUATION_DB, 1);
        assertEquals(389, h.length); // soxr 0.1.3 HQ, 44100 -> 22050: ceil(att/tr_bw + 1) rounded to 1 mod 4
        for (int k = 0; k < h.length; k++) {
            assertEquals(h[k], h[h.length - 1 - k], 0, "linear phase needs symmetric taps");
        }
        assertEquals(1, response(h, 0), 1e-6);
        // frequencies as fractions of the input rate: the pass band ends at fp / 2, the stop band starts at 1/4
        assertEquals(1, response(h, fp / 2 * 0.99), 1e-5);
        for (double f = 0.25; f <= 0.5; f += 0.01) {
            assertTrue(Math.abs(response(h, f)) < Math.pow(10, -120 / 20.0), "leak at " + f);
        }
    }

    @Test
    void polyphasePrototypeHasGainEqualToItsPhases() {
        double[] h = KaiserLowpass.design(0.9 * 0.5, 0.5, 100, 3);
        assertEquals(1, h.length % 2);
        assertEquals(3, response(h, 0), 1e-6);
        // the stop band starts at half the input Nyquist = 1/12 of the prototype's rate; 100 dB below the gain
        for (double f = 1 / 12.0; f <= 0.5; f += 0.005) {
            assertTrue(Math.abs(response(h, f)) / 3 < 1e-5, "leak at " + f);
        }
    }
}
