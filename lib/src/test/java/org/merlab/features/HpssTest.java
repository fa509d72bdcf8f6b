package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HpssTest {

    private static final double SR = 22050;

    private static double energy(Spectrogram s) {
        double e = 0;
        for (int k = 0; k < s.bins(); k++) {
            for (int t = 0; t < s.frames(); t++) {
                e += (double) s.re()[k][t] * s.re()[k][t] + (double) s.im()[k][t] * s.im()[k][t];
            }
        }
        return e;
    }

    private static double[] harmonicAndPercussiveEnergy(float[] y) {
        Hpss.Parts parts = Hpss.hpss(Stft.stft(y), HpssOptions.DEFAULT);
        return new double[] {energy(parts.harmonic()), energy(parts.percussive())};
    }

    /** Uniform random magnitudes with about a fifth of exact zeros (cells where both medians may vanish). */
    private static float[][] randomMagnitude(int bins, int frames, long seed) {
        Random random = new Random(seed);
        float[][] mag = new float[bins][frames];
        for (float[] row : mag) {
            for (int t = 0; t < row.length; t++) {
                row[t] = random.nextFloat() < 0.2f ? 0f : random.nextFloat();
            }
        }
        return mag;
    }

    @Test
    void masksSumToOneWithUnitMargin() {
        float[][] mag = randomMagnitude(64, 50, 3);
        Hpss.Masks masks = Hpss.masks(mag, HpssOptions.DEFAULT);
        for (int k = 0; k < mag.length; k++) {
            for (int t = 0; t < mag[k].length; t++) {
                float h = masks.harmonic()[k][t];
                assertTrue(h >= 0f && h <= 1f);
                assertEquals(1.0, h + masks.percussive()[k][t], 1e-6, "bin " + k + " frame " + t);
            }
        }
    }

    @Test
    void harmonicMaskAloneEqualsTheHarmonicOfBoth() {
        float[][] mag = randomMagnitude(40, 60, 5);
        HpssOptions options = new HpssOptions(9, 1.5, 1.3);
        assertArrayEquals(Hpss.masks(mag, options).harmonic(), Hpss.harmonicMask(mag, options));
    }

    @Test
    void silenceSplitsEvenlyWithUnitMarginAndGoesNowhereWithALargerOne() {
        float[][] zeros = new float[40][40];
        assertEquals(0.5f, Hpss.masks(zeros, HpssOptions.DEFAULT).harmonic()[3][4]);
        assertEquals(0f, Hpss.masks(zeros, new HpssOptions(31, 2, 2)).harmonic()[3][4]);
    }

    @Test
    void aPureToneIsHarmonic() {
        float[] y = new float[22050];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / SR));
        }
        double[] hp = harmonicAndPercussiveEnergy(y);
        assertTrue(hp[0] > 100 * hp[1], "harmonic " + hp[0] + " percussive " + hp[1]);
    }

    @Test
    void clicksArePercussive() {
        float[] y = new float[22050];
        for (int i = 1000; i < y.length; i += 5000) {
            y[i] = 1f;
        }
        double[] hp = harmonicAndPercussiveEnergy(y);
        assertTrue(hp[1] > 100 * hp[0], "harmonic " + hp[0] + " percussive " + hp[1]);
    }

    @Test
    void partsAddUpToTheInputWithUnitMargin() {
        Random random = new Random(9);
        float[] y = new float[8000];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) random.nextGaussian();
        }
        Spectrogram x = Stft.stft(y);
        Hpss.Parts parts = Hpss.hpss(x, HpssOptions.DEFAULT);
        for (int k = 0; k < x.bins(); k += 7) {
            for (int t = 0; t < x.frames(); t++) {
                assertEquals(x.re()[k][t], parts.harmonic().re()[k][t] + parts.percussive().re()[k][t], 1e-5);
                assertEquals(x.im()[k][t], parts.harmonic().im()[k][t] + parts.percussive().im()[k][t], 1e-5);
            }
        }
    }

    @Test
    void rejectsNegativeMagnitudes() {
        assertThrows(ParameterException.class, () -> Hpss.masks(new float[][] {{1f, -1f}}, HpssOptions.DEFAULT));
    }
}
