package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Stft} against librosa 0.10.2's {@code np.abs(librosa.stft(y))} ({@code stft_mag.npy}, 3 s clips only) and
 * against analytic answers.
 *
 * <p>Measured max |error| / max |reference| of the magnitude (target 1e-4):
 * <table>
 * <caption>stft magnitude conformance</caption>
 * <tr><th>clip</th><th>relative error</th></tr>
 * <tr><td>synth_3s</td><td>1.2e-13</td></tr>
 * <tr><td>emotify_rock_147_12-15s</td><td>1.4e-14</td></tr>
 * </table>
 */
class StftTest {

    static final List<String> SHORT_CLIPS = Conformance.SHORT_CLIPS;

    @ParameterizedTest
    @FieldSource("SHORT_CLIPS")
    void magnitudeMatchesLibrosa(String clip) {
        float[][] mag = Stft.stft(Conformance.signal(clip)).magnitude();
        double err = Conformance.maxRelativeToMax(Conformance.matrix(clip, "stft_mag.npy"), mag);
        Conformance.report("stft_mag", clip, "rel-to-max", err);
        assertTrue(err < 1e-4, clip + ": " + err);
    }

    @Test
    void framesAreOnePlusLengthOverHop() {
        Spectrogram s = Stft.stft(new float[5000]);
        assertEquals(1025, s.bins());
        assertEquals(1 + 5000 / 512, s.frames());
        assertEquals(1 + (5000 - 1000) / 100, Stft.stft(new float[5000], new StftOptions(1000, 100, 800, false)).frames());
    }

    /** Direct DFT of the windowed frames, for even and odd sizes, short windows, with and without centring. */
    @Test
    void matchesDirectDft() {
        float[] y = noise(700, 7);
        for (StftOptions o : new StftOptions[] {new StftOptions(64, 16, 64, true), new StftOptions(63, 20, 50, true),
                new StftOptions(64, 30, 41, false)}) {
            Spectrogram s = Stft.stft(y, o);
            double[] w = Window.stftWindow(o);
            int shift = o.center() ? o.nFft() / 2 : 0;
            for (int t = 0; t < s.frames(); t += 3) {
                for (int k = 0; k < o.bins(); k++) {
                    double re = 0;
                    double im = 0;
                    for (int n = 0; n < o.nFft(); n++) {
                        int i = t * o.hop() - shift + n;
                        double v = i >= 0 && i < y.length ? w[n] * y[i] : 0;
                        re += v * Math.cos(2 * Math.PI * k * n / o.nFft());
                        im -= v * Math.sin(2 * Math.PI * k * n / o.nFft());
                    }
                    assertEquals(re, s.re()[k][t], 1e-5, o + " re k=" + k + " t=" + t);
                    assertEquals(im, s.im()[k][t], 1e-5, o + " im k=" + k + " t=" + t);
                }
            }
        }
    }

    /** Parseval for one real frame: sum (w x)^2 = (|X_0|^2 + 2 sum_{0<k<N/2} |X_k|^2 + |X_{N/2}|^2) / N. */
    @Test
    void parsevalPerFrame() {
        float[] y = noise(2048, 3);
        StftOptions o = new StftOptions(2048, 512, 2048, false);
        float[][] p = Stft.stft(y, o).power();
        double spectral = p[0][0] + p[1024][0];
        for (int k = 1; k < 1024; k++) {
            spectral += 2 * p[k][0];
        }
        double[] w = Window.stftWindow(o);
        double energy = 0;
        for (int n = 0; n < 2048; n++) {
            energy += w[n] * y[n] * w[n] * y[n];
        }
        assertEquals(energy, spectral / 2048, 1e-5 * energy);
    }

    @Test
    void istftInvertsStftToFloatPrecision() {
        float[] y = noise(10_000, 11);
        for (StftOptions o : new StftOptions[] {StftOptions.DEFAULT, new StftOptions(255, 60, 200, true)}) {
            float[] back = Stft.istft(Stft.stft(y, o), o, y.length);
            assertEquals(y.length, back.length);
            for (int i = 0; i < y.length; i++) {
                assertEquals(y[i], back[i], 1e-6, o + " sample " + i);
            }
        }
    }

    /** Without centring, librosa divides by the window sum wherever it is not ~0, so the interior comes back. */
    @Test
    void istftWithoutCentringRecoversTheInterior() {
        float[] y = noise(4096, 13);
        StftOptions o = new StftOptions(512, 128, 512, false);
        Spectrogram s = Stft.stft(y, o);
        float[] back = Stft.istft(s, o);
        assertEquals(512 + 128 * (s.frames() - 1), back.length);
        assertEquals(0f, back[0], "the first sample has zero window weight and is left as the (zero) sum");
        for (int i = 128; i < back.length - 128; i++) {
            assertEquals(y[i], back[i], 1e-5, "sample " + i);
        }
    }

    @Test
    void istftLengthDefaultsToHopTimesFramesAndPadsWithZeros() {
        float[] y = noise(5000, 5);
        Spectrogram s = Stft.stft(y);
        assertEquals(512 * (s.frames() - 1), Stft.istft(s, StftOptions.DEFAULT).length);
        float[] longer = Stft.istft(s, StftOptions.DEFAULT, 6000);
        assertEquals(6000, longer.length);
        assertEquals(0f, longer[5999]);
        assertEquals(y[4000], longer[4000], 1e-6);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(ParameterException.class, () -> new StftOptions(1, 1, 1, true));
        ParameterException hop = assertThrows(ParameterException.class, () -> new StftOptions(2048, 0, 2048, true));
        assertTrue(hop.getMessage().contains("got 0"), hop.getMessage());
        assertThrows(ParameterException.class, () -> new StftOptions(2048, 512, 4096, true));
        assertThrows(ParameterException.class, () -> Stft.stft(new float[100], new StftOptions(2048, 512, 2048, false)));
        float[] nan = new float[4096];
        nan[17] = Float.NaN;
        ParameterException e = assertThrows(ParameterException.class, () -> Stft.stft(nan));
        assertTrue(e.getMessage().contains("sample 17"), e.getMessage());
        Spectrogram s = Stft.stft(new float[4096]);
        assertThrows(ParameterException.class, () -> Stft.istft(s, StftOptions.of(1024)));
        assertThrows(ParameterException.class, () -> Stft.istft(s, StftOptions.DEFAULT, 0));
        assertThrows(ParameterException.class, () -> new Spectrogram(new float[2][3], new float[2][4]));
    }

    @Test
    void periodicHannWindow() {
        double[] w = Window.hann(4);
        assertArrayEquals(new double[] {0, 0.5, 1, 0.5}, w, 1e-15);
        double[] padded = Window.stftWindow(new StftOptions(8, 2, 4, true));
        assertArrayEquals(new double[] {0, 0, 0, 0.5, 1, 0.5, 0, 0}, padded, 1e-15);
    }

    static float[] noise(int n, long seed) {
        Random r = new Random(seed);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = (float) r.nextGaussian() * 0.3f;
        }
        return y;
    }
}
