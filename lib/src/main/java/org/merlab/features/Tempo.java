package org.merlab.features;

import java.util.Arrays;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Global tempo estimation from an onset strength envelope, as {@code librosa.feature.tempo} (librosa 0.10.2, also
 * reachable as {@code librosa.beat.tempo}): the mean of an autocorrelation tempogram, weighted by a log-normal
 * prior on tempo, and its arg-max on the lag grid of {@code librosa.tempo_frequencies}.
 * <p>
 * The tempogram is Grosche, Müller and Kurth, "Cyclic tempogram", ICASSP 2010 ({@code librosa.feature.tempogram}).
 */
public final class Tempo {

    private Tempo() {
    }

    /**
     * {@code librosa.feature.tempo(onset_envelope=..., aggregate=np.mean)}: with the mean tempogram {@code tg[lag]}
     * and {@code bpm[lag] = 60 sr / (hop lag)},
     * {@code argmax_lag log1p(1e6 tg[lag]) - 0.5 ((log2 bpm[lag] - log2 start_bpm) / std_bpm)^2},
     * where lags whose tempo is at or above {@code max_tempo} (and lag 0) are excluded.
     *
     * @param onsetEnvelope onset strength, one value per frame, {@code [frames]}
     * @return the tempo in beats per minute (one of {@link #tempoFrequencies})
     */
    public static double tempo(float[] onsetEnvelope, TempoOptions options) {
        requireEnvelope(onsetEnvelope);
        int winLength = options.winLength();
        double[] tg = meanTempogram(onsetEnvelope, winLength);
        double[] bpms = tempoFrequencies(winLength, options.sampleRate(), options.hopLength());
        int maxIdx = 0;
        while (maxIdx < winLength && !(bpms[maxIdx] < options.maxTempo())) {
            maxIdx++;
        }
        if (maxIdx == winLength) {
            maxIdx = 0; // np.argmax of an all-False mask is 0: no lag is excluded
        }
        double log2Start = log2(options.startBpm());
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = maxIdx; lag < winLength; lag++) {
            double z = (log2(bpms[lag]) - log2Start) / options.stdBpm();
            double score = Math.log1p(1e6 * tg[lag]) - 0.5 * z * z;
            if (best < 0 || score > bestScore) {
                best = lag;
                bestScore = score;
            }
        }
        return bpms[best];
    }

    /** {@link #tempo(float[], TempoOptions)} with librosa's defaults. */
    public static double tempo(float[] onsetEnvelope) {
        return tempo(onsetEnvelope, TempoOptions.DEFAULT);
    }

    /**
     * {@code librosa.tempo_frequencies(n_bins, sr, hop_length)}: the tempo of each autocorrelation lag,
     * {@code bpm[0] = inf}, {@code bpm[k] = 60 sr / (hop k)}.
     */
    public static double[] tempoFrequencies(int nBins, double sampleRate, int hopLength) {
        double[] bpms = new double[nBins];
        bpms[0] = Double.POSITIVE_INFINITY;
        for (int k = 1; k < nBins; k++) {
            bpms[k] = 60.0 * sampleRate / (hopLength * (double) k);
        }
        return bpms;
    }

    /**
     * {@code np.mean(librosa.feature.tempogram(onset_envelope=..., win_length=w), axis=1)}: centred windows
     * (the envelope padded by {@code w // 2} on each side with {@code np.pad(mode='linear_ramp')} to 0),
     * a periodic Hann window, the autocorrelation of each windowed frame for lags {@code 0..w-1}, each frame
     * divided by its largest absolute value ({@code norm=np.inf}), then averaged over the {@code n} frames.
     *
     * @return {@code [w]}, the mean normalised autocorrelation per lag
     */
    static double[] meanTempogram(float[] onsetEnvelope, int winLength) {
        int n = onsetEnvelope.length;
        float[] padded = linearRampPad(onsetEnvelope, winLength / 2);
        double[] window = Window.hann(winLength);
        // Any FFT size >= 2w - 1 gives the linear (not circular) autocorrelation for lags 0..w-1.
        int nFft = Integer.highestOneBit(2 * winLength - 1) << 1;
        DoubleFFT_1D fft = new DoubleFFT_1D(nFft);
        double[] buf = new double[nFft];
        double[] sum = new double[winLength];
        for (int t = 0; t < n; t++) {
            Arrays.fill(buf, 0.0);
            for (int k = 0; k < winLength; k++) {
                buf[k] = padded[t + k] * window[k];
            }
            fft.realForward(buf);
            buf[0] *= buf[0];
            buf[1] *= buf[1];
            for (int k = 2; k < nFft; k += 2) {
                buf[k] = buf[k] * buf[k] + buf[k + 1] * buf[k + 1];
                buf[k + 1] = 0.0;
            }
            fft.realInverse(buf, true);
            double norm = 0.0;
            for (int k = 0; k < winLength; k++) {
                norm = Math.max(norm, Math.abs(buf[k]));
            }
            // util.normalize leaves frames whose norm is below the smallest normal double untouched
            double scale = norm < Double.MIN_NORMAL ? 1.0 : 1.0 / norm;
            for (int k = 0; k < winLength; k++) {
                sum[k] += buf[k] * scale;
            }
        }
        for (int k = 0; k < winLength; k++) {
            sum[k] /= n;
        }
        return sum;
    }

    /**
     * {@code np.pad(x, (p, p), mode='linear_ramp', end_values=0)} in float32: ramps from 0 up to the edge values,
     * {@code left[j] = x[0] j / p}, {@code right[j] = x[n-1] (p - 1 - j) / p}.
     */
    static float[] linearRampPad(float[] x, int p) {
        int n = x.length;
        float[] out = new float[n + 2 * p];
        double stepLeft = x[0] / (double) p;
        double stepRight = x[n - 1] / (double) p;
        for (int j = 0; j < p; j++) {
            out[j] = (float) (j * stepLeft);
            out[n + 2 * p - 1 - j] = (float) (j * stepRight);
        }
        System.arraycopy(x, 0, out, p, n);
        return out;
    }

    static void requireEnvelope(float[] onsetEnvelope) {
        if (onsetEnvelope == null || onsetEnvelope.length == 0) {
            throw new ParameterException("onset envelope must have at least one frame");
        }
        for (int i = 0; i < onsetEnvelope.length; i++) {
            if (!Float.isFinite(onsetEnvelope[i])) {
                throw new ParameterException("onset envelope must be finite, got " + onsetEnvelope[i]
                        + " at frame " + i);
            }
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2.0);
    }
}
