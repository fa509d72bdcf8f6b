package org.merlab.audio;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Low-pass filtering and decimation by an integer factor {@code M}, by FFT overlap-save (as soxr's DFT stage):
 * {@code y[j] = sum_k h[k] x[j M + c - k]}, {@code c = (h.length - 1) / 2}, {@code x} zero outside its ends.
 * Blocks of {@code F} samples (a power of two, at least 4 times the filter) give {@code F - h.length + 1} filtered
 * samples each, of which every {@code M}-th is kept; the arithmetic is double precision.
 */
final class FftDecimator implements Resampler.Kernel {

    private static final int MIN_FFT = 4096;

    private final int down;
    private final int taps;
    private final int fftSize;
    /** The filter's spectrum in JTransforms' packed real-FFT layout. */
    private final double[] spectrum;

    FftDecimator(double[] h, int down) {
        this.down = down;
        this.taps = h.length;
        this.fftSize = Math.max(MIN_FFT, Integer.highestOneBit(4 * h.length - 1) << 1);
        this.spectrum = new double[fftSize];
        System.arraycopy(h, 0, spectrum, 0, h.length);
        new DoubleFFT_1D(fftSize).realForward(spectrum);
    }

    @Override
    public float[] apply(float[] x, int outLength) {
        DoubleFFT_1D fft = new DoubleFFT_1D(fftSize);
        float[] y = new float[outLength];
        double[] block = new double[fftSize];
        int centre = (taps - 1) / 2;
        int hop = fftSize - taps + 1;
        int j = 0;
        // Block starting at s yields the full convolution z[s, s + hop); y[j] = z[j * down + centre].
        for (long s = 0; j < outLength; s += hop) {
            long from = s - taps + 1;
            for (int i = 0; i < fftSize; i++) {
                long k = from + i;
                block[i] = k >= 0 && k < x.length ? x[(int) k] : 0;
            }
            fft.realForward(block);
            multiply(block);
            fft.realInverse(block, true);
            for (long t; j < outLength && (t = (long) j * down + centre) < s + hop; j++) {
                y[j] = (float) block[(int) (t - s) + taps - 1];
            }
        }
        return y;
    }

    /** In-place product with the filter spectrum, both in JTransforms' packed layout (a[1] = Re at Nyquist). */
    private void multiply(double[] a) {
        a[0] *= spectrum[0];
        a[1] *= spectrum[1];
        for (int i = 2; i < fftSize; i += 2) {
            double re = a[i] * spectrum[i] - a[i + 1] * spectrum[i + 1];
            double im = a[i] * spectrum[i + 1] + a[i + 1] * spectrum[i];
            a[i] = re;
            a[i + 1] = im;
        }
    }
}
