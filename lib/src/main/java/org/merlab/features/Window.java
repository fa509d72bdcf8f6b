package org.merlab.features;

/** Analysis windows as librosa builds them through {@code scipy.signal.get_window}. */
public final class Window {

    private Window() {
    }

    /**
     * {@code scipy.signal.get_window('hann', n, fftbins=True)}: the periodic Hann window
     * {@code w[i] = 0.5 + 0.5 cos(-pi + 2 pi i / n)}, i.e. {@code 0.5 - 0.5 cos(2 pi i / n)}, evaluated the way scipy's
     * {@code general_cosine} does (a symmetric window of {@code n + 1} points with the last dropped) so values agree
     * to the last bit or so.
     */
    public static double[] hann(int n) {
        if (n <= 0) {
            throw new ParameterException("window length must be positive, got " + n);
        }
        double[] w = new double[n];
        double step = 2 * Math.PI / n;
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + 0.5 * Math.cos(i * step - Math.PI);
        }
        return w;
    }

    /**
     * The STFT window of {@code o}: {@code librosa.util.pad_center(hann(winLength), size=nFft)}, shape {@code [nFft]},
     * with {@code (nFft - winLength) / 2} zeros on the left.
     */
    public static double[] stftWindow(StftOptions o) {
        double[] w = hann(o.winLength());
        double[] padded = new double[o.nFft()];
        System.arraycopy(w, 0, padded, (o.nFft() - o.winLength()) / 2, w.length);
        return padded;
    }

    /**
     * {@code librosa.filters.window_sumsquare}: the sum of squared, hop-shifted STFT windows over {@code frames}
     * frames, {@code x[j] = sum_t w[j - t hop]^2}, shape {@code [nFft + hop (frames - 1)]}. istft divides by it.
     */
    public static double[] sumSquare(StftOptions o, int frames) {
        double[] w = stftWindow(o);
        double[] x = new double[o.nFft() + o.hop() * (frames - 1)];
        for (int t = 0; t < frames; t++) {
            int offset = t * o.hop();
            for (int i = 0; i < w.length; i++) {
                x[offset + i] += w[i] * w[i];
            }
        }
        return x;
    }
}
