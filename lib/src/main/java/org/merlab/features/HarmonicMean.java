package org.merlab.features;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * {@code np.mean(librosa.effects.harmonic(y))} without synthesising the harmonic waveform.
 * <p>
 * The inverse STFT is linear, so the sum of its output is a weighted sum of the frames' inverse FFTs:
 * {@code sum_j y[j] = sum_t <a_t, irfft(H_t)>} with {@code a_t[n] = w[n] g[t hop + n]}, where {@code w} is the window
 * and {@code g[j]} is {@code 1 / sum_square_window[j]} inside the kept output samples and 0 outside. By Parseval,
 * {@code <a, irfft(H)> = (1/N) sum_k Re(H[k] conj(A[k]))} over the full spectrum, {@code A = fft(a)}. Away from the
 * edges {@code a_t} is one fixed vector (the window envelope is hop-periodic there), and for a Hann window with hop
 * {@code nFft / 4} its spectrum has only bins 0 and 1 (and their mirror). So interior frames need the harmonic mask
 * at two bins only, and only the few edge frames need the whole harmonic spectrum: the two full-size median filters
 * of {@link Hpss} are replaced by two rows, a few columns and ~31 values per frame.
 */
final class HarmonicMean {

    /** Spectral weights below this fraction of the largest are treated as zero (their true value is ~1e-16). */
    private static final double NEGLIGIBLE = 1e-10;

    private HarmonicMean() {
    }

    static double of(Spectrogram stft, float[][] magnitude, int length, HpssOptions hpss, StftOptions o) {
        if (length <= 0) {
            throw new ParameterException("signal length must be positive, got " + length);
        }
        if (stft.bins() != o.bins()) {
            throw new ParameterException("spectrogram has " + stft.bins() + " bins but nFft " + o.nFft() + " needs "
                    + o.bins());
        }
        if (magnitude.length != stft.bins() || magnitude[0].length != stft.frames()) {
            throw new ParameterException("magnitude is [" + magnitude.length + "][" + magnitude[0].length
                    + "] but the spectrogram is [" + stft.bins() + "][" + stft.frames() + "]");
        }
        Hpss.requireNonNegative(magnitude);
        int nFft = o.nFft();
        // The frames Stft.istft(..., length) overlap-adds: those that reach the first `length` output samples.
        long padded = length + (o.center() ? 2L * (nFft / 2) : 0L);
        int frames = (int) Math.min(stft.frames(), (padded + o.hop() - 1) / o.hop());
        double[] gain = outputGain(o, frames, length);
        double[] window = Window.stftWindow(o);
        DoubleFFT_1D fft = new DoubleFFT_1D(nFft);

        double[] interior = frameWeights(window, gain, frames / 2 * o.hop());
        double[] interiorSpectrum = spectrum(fft, interior);
        int[] interiorBins = significantBins(interiorSpectrum, o.bins());
        boolean[] edge = new boolean[frames];
        for (int t = 0; t < frames; t++) {
            edge[t] = !hasWeights(window, gain, t * o.hop(), interior);
        }

        Cells cells = new Cells(stft, magnitude, hpss);
        double sum = 0.0;
        for (int k : interiorBins) {
            float[] harmonicMedian = cells.harmonicMedians(k, 0, frames);
            for (int t = 0; t < frames; t++) {
                if (!edge[t]) {
                    sum += cells.weighted(k, t, harmonicMedian[t], cells.percussiveMedian(k, t), interiorSpectrum,
                            nFft);
                }
            }
        }
        for (int from = 0; from < frames; from++) {
            if (!edge[from]) {
                continue;
            }
            int to = from;
            while (to < frames && edge[to]) {
                to++;
            }
            sum += edgeRun(cells, from, to, window, gain, o, fft);
            from = to;
        }
        return sum / nFft / length;
    }

    /** The exact contribution of edge frames {@code from..to-1}, using their whole harmonic spectrum. */
    private static double edgeRun(Cells cells, int from, int to, double[] window, double[] gain, StftOptions o,
                                  DoubleFFT_1D fft) {
        int bins = o.bins();
        float[][] harmonicMedian = new float[bins][];
        for (int k = 0; k < bins; k++) {
            harmonicMedian[k] = cells.harmonicMedians(k, from, to);
        }
        double sum = 0.0;
        for (int t = from; t < to; t++) {
            double[] a = spectrum(fft, frameWeights(window, gain, t * o.hop()));
            float[] percussiveMedian = cells.percussiveMedianColumn(t);
            for (int k = 0; k < bins; k++) {
                sum += cells.weighted(k, t, harmonicMedian[k][t - from], percussiveMedian[k], a, o.nFft());
            }
        }
        return sum;
    }

    /**
     * {@code g[j]} over the overlap-add buffer of {@code frames} frames: {@code 1 / envelope} where istft divides
     * (envelope above float32's smallest normal), 1 where it does not, and 0 outside the {@code length} samples kept.
     */
    private static double[] outputGain(StftOptions o, int frames, int length) {
        double[] envelope = Window.sumSquare(o, frames);
        int start = o.center() ? o.nFft() / 2 : 0;
        int end = (int) Math.min((long) start + length, envelope.length);
        double[] gain = new double[envelope.length];
        for (int j = start; j < end; j++) {
            gain[j] = envelope[j] > Float.MIN_NORMAL ? 1.0 / envelope[j] : 1.0;
        }
        return gain;
    }

    private static double[] frameWeights(double[] window, double[] gain, int offset) {
        double[] a = new double[window.length];
        for (int n = 0; n < window.length; n++) {
            a[n] = window[n] * gain[offset + n];
        }
        return a;
    }

    private static boolean hasWeights(double[] window, double[] gain, int offset, double[] weights) {
        for (int n = 0; n < window.length; n++) {
            if (window[n] * gain[offset + n] != weights[n]) {
                return false;
            }
        }
        return true;
    }

    /** The full complex FFT of real {@code a}, interleaved {@code [re0, im0, re1, im1, ...]}. */
    private static double[] spectrum(DoubleFFT_1D fft, double[] a) {
        double[] full = Arrays.copyOf(a, 2 * a.length);
        fft.realForwardFull(full);
        return full;
    }

    private static int[] significantBins(double[] spectrum, int bins) {
        double peak = 0.0;
        for (int k = 0; k < bins; k++) {
            peak = Math.max(peak, Math.hypot(spectrum[2 * k], spectrum[2 * k + 1]));
        }
        double threshold = NEGLIGIBLE * peak;
        return IntStream.range(0, bins)
                .filter(k -> Math.hypot(spectrum[2 * k], spectrum[2 * k + 1]) > threshold).toArray();
    }

    /** Median-filter values, masks and masked spectrum at single cells of one spectrogram. */
    private static final class Cells {

        private final Spectrogram stft;
        private final float[][] magnitude;
        private final HpssOptions hpss;
        private final MedianFilter.Line rowLine;
        private final MedianFilter.Line columnLine;
        private final float[] scratch;
        private final float[] column;
        private final float[] row;
        private final boolean splitZeros;

        Cells(Spectrogram stft, float[][] magnitude, HpssOptions hpss) {
            this.stft = stft;
            this.magnitude = magnitude;
            this.hpss = hpss;
            this.rowLine = new MedianFilter.Line(stft.frames(), hpss.kernelSize());
            this.columnLine = new MedianFilter.Line(stft.bins(), hpss.kernelSize());
            this.scratch = new float[hpss.kernelSize()];
            this.column = new float[stft.bins()];
            this.row = new float[stft.frames()];
            this.splitZeros = hpss.margin() == 1.0;
        }

        /** The time-direction medians of bin {@code k} at frames {@code from..to-1}. */
        float[] harmonicMedians(int k, int from, int to) {
            rowLine.filter(magnitude[k], row, from, to);
            return Arrays.copyOfRange(row, from, to);
        }

        /** The frequency-direction median at one cell. */
        float percussiveMedian(int k, int t) {
            int size = hpss.kernelSize();
            int half = size / 2;
            for (int j = 0; j < size; j++) {
                scratch[j] = magnitude[MedianFilter.reflect(k + j - half, magnitude.length)][t];
            }
            Arrays.sort(scratch);
            return scratch[half];
        }

        /** The frequency-direction median of a whole frame. */
        float[] percussiveMedianColumn(int t) {
            for (int k = 0; k < column.length; k++) {
                column[k] = magnitude[k][t];
            }
            float[] out = new float[column.length];
            columnLine.filter(column, out);
            return out;
        }

        /**
         * {@code c Re(H[k] conj(A[k]))} for the harmonic cell {@code H = M_H X}: {@code c = 2} for bins that stand
         * for a conjugate pair, 1 for DC and Nyquist, whose imaginary parts irfft ignores.
         */
        double weighted(int k, int t, float harmonicMedian, float percussiveMedian, double[] a, int nFft) {
            float mask = Hpss.softmask(harmonicMedian, percussiveMedian, hpss.margin(), hpss.power(), splitZeros);
            float mag = magnitude[k][t];
            double re = Hpss.masked(stft.re()[k][t], mag, mask);
            if (k == 0 || 2 * k == nFft) {
                return re * a[2 * k];
            }
            double im = Hpss.masked(stft.im()[k][t], mag, mask);
            return 2.0 * (re * a[2 * k] + im * a[2 * k + 1]);
        }
    }
}
