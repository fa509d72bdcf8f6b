package org.merlab.features;

import org.jtransforms.fft.DoubleFFT_1D;

import java.util.Arrays;

/**
 * {@code librosa.stft} and {@code librosa.istft} (librosa 0.10.2) on JTransforms' real FFT.
 *
 * <p>librosa multiplies the float32 frames by a float64 window, so numpy's FFT runs in double and only the result is
 * rounded to complex64; this class does the same (double FFT, float storage), which keeps it within float32 rounding
 * of librosa.
 */
public final class Stft {

    /** Frames transformed together, so the {@code [bins][frames]} rows are read and written in runs of this length. */
    private static final int BLOCK = 32;

    private Stft() {
    }

    /**
     * {@code librosa.stft(y, n_fft, hop_length, win_length, window='hann', center, pad_mode='constant')}:
     * {@code X[k][t] = sum_n w[n] y[t hop - c + n] exp(-2 pi i k n / nFft)} with {@code c = nFft / 2} when centred
     * (zeros outside the signal) and {@code c = 0} otherwise.
     *
     * @param y signal, finite
     * @return spectrogram of shape {@code [1 + nFft / 2][frames]}, {@code frames = 1 + len(y) / hop} when centred
     * @throws ParameterException if {@code y} has a non-finite sample or is shorter than one frame
     */
    public static Spectrogram stft(float[] y, StftOptions o) {
        requireFinite(y);
        int nFft = o.nFft();
        int frames = o.frames(y.length);
        int bins = o.bins();
        double[] window = Window.stftWindow(o);
        int wFirst = (nFft - o.winLength()) / 2;
        int wEnd = wFirst + o.winLength();
        int shift = o.center() ? nFft / 2 : 0;
        float[][] re = new float[bins][frames];
        float[][] im = new float[bins][frames];
        DoubleFFT_1D fft = new DoubleFFT_1D(nFft);
        // FFT a block of frames, then scatter it bin by bin: the [bins][frames] output is written in runs of BLOCK
        // consecutive floats instead of one float per row per frame.
        double[][] block = new double[BLOCK][nFft];
        for (int t0 = 0; t0 < frames; t0 += BLOCK) {
            int count = Math.min(BLOCK, frames - t0);
            for (int j = 0; j < count; j++) {
                double[] buf = block[j];
                int start = (t0 + j) * o.hop() - shift;
                Arrays.fill(buf, 0.0);
                int from = Math.max(wFirst, -start);
                int to = Math.min(wEnd, y.length - start);
                for (int n = from; n < to; n++) {
                    buf[n] = window[n] * y[start + n];
                }
                fft.realForward(buf);
            }
            unpack(block, count, nFft, re, im, t0);
        }
        return new Spectrogram(re, im);
    }

    /** {@link #stft(float[], StftOptions)} with librosa's defaults ({@link StftOptions#DEFAULT}). */
    public static Spectrogram stft(float[] y) {
        return stft(y, StftOptions.DEFAULT);
    }

    /**
     * {@code librosa.istft(S, hop_length, win_length, n_fft, window='hann', center)} without {@code length}: inverse
     * real FFT of every frame, windowed overlap-add, division by {@link Window#sumSquare} wherever it exceeds float32's
     * smallest normal number, then (when centred) the {@code nFft / 2} padding trimmed from both ends.
     *
     * @return signal of {@code nFft + hop (frames - 1) - (center ? 2 (nFft / 2) : 0)} samples
     */
    public static float[] istft(Spectrogram s, StftOptions o) {
        int length = o.nFft() + o.hop() * (s.frames() - 1) - (o.center() ? 2 * (o.nFft() / 2) : 0);
        return inverse(s, o, s.frames(), Math.max(length, 0));
    }

    /**
     * {@code librosa.istft(..., length=length)}: as {@link #istft(Spectrogram, StftOptions)}, using only the frames
     * that reach the first {@code length} samples, and zero-padding or truncating the output to exactly
     * {@code length} samples.
     *
     * @throws ParameterException if {@code length} is not positive or the bins do not match {@code o.nFft()}
     */
    public static float[] istft(Spectrogram s, StftOptions o, int length) {
        if (length <= 0) {
            throw new ParameterException("istft length must be positive, got " + length);
        }
        long padded = length + (o.center() ? 2L * (o.nFft() / 2) : 0L);
        int frames = (int) Math.min(s.frames(), (padded + o.hop() - 1) / o.hop());
        return inverse(s, o, frames, length);
    }

    private static float[] inverse(Spectrogram s, StftOptions o, int frames, int length) {
        int nFft = o.nFft();
        if (s.bins() != o.bins()) {
            throw new ParameterException("spectrogram has " + s.bins() + " bins but nFft " + nFft
                    + " needs " + o.bins());
        }
        double[] window = Window.stftWindow(o);
        double[] sum = new double[nFft + o.hop() * (frames - 1)];
        DoubleFFT_1D fft = new DoubleFFT_1D(nFft);
        double[][] block = new double[BLOCK][nFft];
        for (int t0 = 0; t0 < frames; t0 += BLOCK) {
            int count = Math.min(BLOCK, frames - t0);
            pack(s, nFft, t0, count, block);
            for (int j = 0; j < count; j++) {
                double[] buf = block[j];
                fft.realInverse(buf, true);
                int offset = (t0 + j) * o.hop();
                for (int n = 0; n < nFft; n++) {
                    sum[offset + n] += window[n] * buf[n];
                }
            }
        }
        double[] envelope = Window.sumSquare(o, frames);
        int start = o.center() ? nFft / 2 : 0;
        float[] y = new float[length];
        int available = Math.min(length, sum.length - start);
        for (int j = 0; j < available; j++) {
            double e = envelope[start + j];
            y[j] = (float) (e > Float.MIN_NORMAL ? sum[start + j] / e : sum[start + j]);
        }
        return y;
    }

    /**
     * Reads {@code count} frames in JTransforms' packed real-FFT layout (see {@link DoubleFFT_1D#realForward(double[])})
     * into columns {@code t0..t0+count-1}.
     */
    private static void unpack(double[][] a, int count, int n, float[][] re, float[][] im, int t0) {
        int half = n / 2;
        boolean even = n % 2 == 0;
        for (int j = 0; j < count; j++) {
            re[0][t0 + j] = (float) a[j][0];
            re[half][t0 + j] = (float) (even ? a[j][1] : a[j][2 * half]);
            im[half][t0 + j] = even ? 0f : (float) a[j][1];
        }
        for (int k = 1; k < half; k++) {
            float[] r = re[k];
            float[] i = im[k];
            for (int j = 0; j < count; j++) {
                r[t0 + j] = (float) a[j][2 * k];
                i[t0 + j] = (float) a[j][2 * k + 1];
            }
        }
    }

    /**
     * Writes columns {@code t0..t0+count-1} into JTransforms' packed layout, reading each bin row in a run; like
     * numpy's {@code irfft}, the imaginary parts of the DC and (for even n) Nyquist bins are ignored.
     */
    private static void pack(Spectrogram s, int n, int t0, int count, double[][] a) {
        float[][] re = s.re();
        float[][] im = s.im();
        int half = n / 2;
        boolean even = n % 2 == 0;
        for (int j = 0; j < count; j++) {
            a[j][0] = re[0][t0 + j];
            if (even) {
                a[j][1] = re[half][t0 + j];
            } else {
                a[j][2 * half] = re[half][t0 + j];
                a[j][1] = im[half][t0 + j];
            }
        }
        for (int k = 1; k < half; k++) {
            float[] r = re[k];
            float[] i = im[k];
            for (int j = 0; j < count; j++) {
                a[j][2 * k] = r[t0 + j];
                a[j][2 * k + 1] = i[t0 + j];
            }
        }
    }

    /** librosa's {@code util.valid_audio}: every sample must be finite. */
    static void requireFinite(float[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!Float.isFinite(y[i])) {
                throw new ParameterException("audio is not finite everywhere: sample " + i + " is " + y[i]);
            }
        }
    }
}
