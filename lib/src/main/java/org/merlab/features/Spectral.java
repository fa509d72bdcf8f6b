package org.merlab.features;

import java.util.Arrays;

/**
 * Per-frame spectral and temporal features of {@code librosa.feature} (librosa 0.10.2): {@code rms},
 * {@code spectral_centroid}, {@code spectral_bandwidth}, {@code spectral_rolloff}, {@code spectral_flatness} and
 * {@code zero_crossing_rate} ({@code spectral_contrast} is {@link SpectralContrast}).
 * The spectral ones take a precomputed magnitude spectrogram {@code [1 + nFft / 2][frames]} so a pipeline runs the
 * STFT once; each also has a from-signal entry point with librosa's defaults (sr 22050, nFft 2048, hop 512, centred,
 * zero padding). The float32 steps of librosa (normalised spectra, cumulative sums) are reproduced in float32.
 */
public final class Spectral {

    /** librosa's {@code frame_length} default for rms and zero-crossing rate. */
    public static final int FRAME_LENGTH = 2048;
    /** librosa's {@code hop_length} default. */
    public static final int HOP = 512;
    /** {@code spectral_rolloff}'s default {@code roll_percent}. */
    public static final double ROLL_PERCENT = 0.85;
    /** {@code zero_crossings}' default: samples with {@code |y| <= 1e-10} count as zero. */
    public static final float ZERO_THRESHOLD = 1e-10f;

    private Spectral() {
    }

    /**
     * {@code librosa.feature.rms(y=y, frame_length, hop_length, center, pad_mode='constant')}: centred frames (zero
     * padded by {@code frameLength / 2}), {@code sqrt(mean(y^2))} per frame. Squares and their mean are float32 with
     * numpy's pairwise summation, as librosa computes them.
     *
     * @return {@code [frames]}, {@code frames = 1 + len(y) / hop} when centred
     * @throws ParameterException for non-positive sizes, non-finite samples or a signal shorter than one frame
     */
    public static float[] rms(float[] y, int frameLength, int hop, boolean center) {
        float[] padded = framed(y, frameLength, hop, center, false);
        int frames = 1 + (padded.length - frameLength) / hop;
        float[] squares = new float[padded.length];
        for (int i = 0; i < padded.length; i++) {
            squares[i] = padded[i] * padded[i];
        }
        float[] out = new float[frames];
        for (int t = 0; t < frames; t++) {
            float mean = pairwiseSum(squares, t * hop, frameLength) / frameLength;
            out[t] = (float) Math.sqrt(mean);
        }
        return out;
    }

    /** {@code librosa.feature.rms(y=y)}: frame length 2048, hop 512, centred. */
    public static float[] rms(float[] y) {
        return rms(y, FRAME_LENGTH, HOP, true);
    }

    /**
     * {@code librosa.feature.rms(S=magnitude, frame_length)}, the Parseval form: with {@code x = |S|^2} and the DC and
     * (even {@code frameLength}) Nyquist rows halved, {@code rms = sqrt(2 sum_k x[k] / frameLength^2)}. For an STFT
     * magnitude this is the RMS of the <em>windowed</em> frame.
     *
     * @param magnitude {@code [frameLength / 2 + 1][frames]}
     * @throws ParameterException if the number of bins does not fit {@code frameLength}
     */
    public static float[] rms(float[][] magnitude, int frameLength) {
        Matrices.requireRectangular(magnitude, "magnitude spectrogram");
        if (magnitude.length != frameLength / 2 + 1) {
            throw new ParameterException("spectrogram has " + magnitude.length + " bins but frameLength "
                    + frameLength + " needs " + (frameLength / 2 + 1));
        }
        int last = magnitude.length - 1;
        float[] out = new float[magnitude[0].length];
        for (int t = 0; t < out.length; t++) {
            double sum = 0;
            for (int k = 0; k <= last; k++) {
                double x = (double) magnitude[k][t] * magnitude[k][t];
                boolean halved = k == 0 || (k == last && frameLength % 2 == 0);
                sum += halved ? 0.5 * x : x;
            }
            out[t] = (float) Math.sqrt(2 * sum / ((double) frameLength * frameLength));
        }
        return out;
    }

    /**
     * {@code librosa.feature.spectral_centroid(S=magnitude, sr)}: {@code sum_k f_k S[k][t] / sum_k S[k][t]} with
     * {@code f_k = k sr / nFft}; a silent frame gives 0.
     *
     * @param magnitude non-negative {@code [1 + nFft / 2][frames]}
     * @return {@code [frames]} in Hz
     */
    public static double[] spectralCentroid(float[][] magnitude, double sr) {
        return centroid(normalizeFrames(magnitude), Frequencies.fftFrequencies(sr, 2 * (magnitude.length - 1)));
    }

    /** {@code sum_k freq[k] * norm[k][t]} for frames already divided by their sums. */
    private static double[] centroid(float[][] norm, double[] freq) {
        double[] out = new double[norm[0].length];
        for (int k = 0; k < freq.length; k++) {
            float[] row = norm[k];
            for (int t = 0; t < out.length; t++) {
                out[t] += freq[k] * row[t];
            }
        }
        return out;
    }

    /** {@code librosa.feature.spectral_centroid(y=y, sr=sr)}: of the default STFT magnitude. */
    public static double[] spectralCentroid(float[] y, double sr) {
        return spectralCentroid(Stft.stft(y).magnitude(), sr);
    }

    /**
     * {@code librosa.feature.spectral_bandwidth(S=magnitude, sr, p=2, norm=True)}:
     * {@code (sum_k S'[k][t] |f_k - centroid[t]|^2)^(1/2)} with {@code S'} each frame of S divided by its sum.
     *
     * @return {@code [frames]} in Hz
     */
    public static double[] spectralBandwidth(float[][] magnitude, double sr) {
        float[][] norm = normalizeFrames(magnitude);
        double[] freq = Frequencies.fftFrequencies(sr, 2 * (magnitude.length - 1));
        double[] centroid = centroid(norm, freq);
        double[] out = new double[centroid.length];
        for (int k = 0; k < freq.length; k++) {
            float[] row = norm[k];
            for (int t = 0; t < out.length; t++) {
                double dev = freq[k] - centroid[t];
                out[t] += row[t] * (dev * dev);
            }
        }
        for (int t = 0; t < out.length; t++) {
            out[t] = Math.sqrt(out[t]);
        }
        return out;
    }

    /** {@code librosa.feature.spectral_bandwidth(y=y, sr=sr)}: of the default STFT magnitude. */
    public static double[] spectralBandwidth(float[] y, double sr) {
        return spectralBandwidth(Stft.stft(y).magnitude(), sr);
    }

    /**
     * {@code librosa.feature.spectral_rolloff(S=magnitude, sr, roll_percent)}: the frequency {@code f_k} of the first
     * bin whose float32 cumulative sum {@code sum_{j<=k} S[j][t]} reaches {@code rollPercent} of the frame's total.
     * The result is always a bin frequency, so a last-bit difference in the sum can move it by one bin (10.77 Hz).
     *
     * @throws ParameterException unless {@code 0 < rollPercent < 1}, or for negative magnitudes
     */
    public static double[] spectralRolloff(float[][] magnitude, double sr, double rollPercent) {
        if (!(rollPercent > 0 && rollPercent < 1)) {
            throw new ParameterException("rollPercent must be in (0, 1), got " + rollPercent);
        }
        requireNonNegative(magnitude);
        double[] freq = Frequencies.fftFrequencies(sr, 2 * (magnitude.length - 1));
        int frames = magnitude[0].length;
        float[] total = new float[frames];
        for (float[] row : magnitude) {
            for (int t = 0; t < frames; t++) {
                total[t] += row[t];
            }
        }
        float share = (float) rollPercent;
        double[] out = new double[frames];
        for (int t = 0; t < frames; t++) {
            float threshold = share * total[t];
            float cumulative = 0f;
            for (int k = 0; k < magnitude.length; k++) {
                cumulative += magnitude[k][t];
                if (cumulative >= threshold) {
                    out[t] = freq[k];
                    break;
                }
            }
        }
        return out;
    }

    /** {@code librosa.feature.spectral_rolloff(y=y, sr=sr)}: roll percent 0.85 of the default STFT magnitude. */
    public static double[] spectralRolloff(float[] y, double sr) {
        return spectralRolloff(Stft.stft(y).magnitude(), sr, ROLL_PERCENT);
    }

    /** {@code spectral_flatness}'s default {@code amin}: powers below it count as {@code amin}. */
    public static final double FLATNESS_AMIN = 1e-10;

    /**
     * {@code librosa.feature.spectral_flatness(S=magnitude, amin=1e-10, power=2)} (Dubnov 2004): with
     * {@code P[k][t] = max(amin, S[k][t]^2)}, the ratio of the geometric to the arithmetic mean over bins,
     * {@code exp(mean_k log P[k][t]) / mean_k P[k][t]}, in {@code [0, 1]}: near 1 for noise, near 0 for tones. Sums
     * are in double (librosa's float32 pairwise sums differ in the last bits).
     *
     * @param magnitude non-negative {@code [1 + nFft / 2][frames]}
     * @return {@code [frames]}
     * @throws ParameterException for negative magnitudes
     */
    public static double[] spectralFlatness(float[][] magnitude) {
        requireNonNegative(magnitude);
        double[] logSum = new double[magnitude[0].length];
        double[] sum = new double[logSum.length];
        for (float[] row : magnitude) {
            for (int t = 0; t < logSum.length; t++) {
                double power = Math.max(FLATNESS_AMIN, (double) row[t] * row[t]);
                logSum[t] += Math.log(power);
                sum[t] += power;
            }
        }
        double[] out = new double[logSum.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = Math.exp(logSum[t] / magnitude.length) / (sum[t] / magnitude.length);
        }
        return out;
    }

    /**
     * {@code librosa.feature.zero_crossing_rate(y, frame_length, hop_length, center)}: frames of y (centred with
     * <em>edge</em> padding, librosa 0.10's {@code np.pad(mode='edge')}), samples with {@code |y| <= 1e-10} set to
     * +0, then the number of adjacent pairs whose sign bits differ (zero counts as positive: {@code zero_pos=True})
     * divided by {@code frameLength}: {@code zero_crossings} pads its {@code frameLength - 1} pair flags back to
     * {@code frameLength} with a leading {@code pad=False} before librosa takes the mean.
     *
     * @return {@code [frames]} in {@code [0, 1]}
     */
    public static double[] zeroCrossingRate(float[] y, int frameLength, int hop, boolean center) {
        float[] padded = framed(y, frameLength, hop, center, true);
        int frames = 1 + (padded.length - frameLength) / hop;
        boolean[] negative = new boolean[padded.length];
        for (int i = 0; i < padded.length; i++) {
            negative[i] = Math.abs(padded[i]) > ZERO_THRESHOLD && padded[i] < 0;
        }
        double[] out = new double[frames];
        for (int t = 0; t < frames; t++) {
            int start = t * hop;
            int crossings = 0;
            for (int i = start + 1; i < start + frameLength; i++) {
                if (negative[i] != negative[i - 1]) {
                    crossings++;
                }
            }
            out[t] = crossings / (double) frameLength;
        }
        return out;
    }

    /** {@code librosa.feature.zero_crossing_rate(y)}: frame length 2048, hop 512, centred. */
    public static double[] zeroCrossingRate(float[] y) {
        return zeroCrossingRate(y, FRAME_LENGTH, HOP, true);
    }

    /**
     * Validates framing parameters and returns y padded by {@code frameLength / 2} on both sides when centred
     * (zeros, or copies of the end samples for {@code edge}), as librosa pads before {@code util.frame}.
     */
    private static float[] framed(float[] y, int frameLength, int hop, boolean center, boolean edge) {
        if (frameLength <= 1) {
            throw new ParameterException("frameLength must be at least 2, got " + frameLength);
        }
        if (hop <= 0) {
            throw new ParameterException("hop must be positive, got " + hop);
        }
        Stft.requireFinite(y);
        int pad = center ? frameLength / 2 : 0;
        if (y.length + 2 * pad < frameLength) {
            throw new ParameterException("signal of " + y.length + " samples is shorter than frameLength "
                    + frameLength);
        }
        if (y.length == 0) {
            throw new ParameterException("signal is empty");
        }
        float[] padded = new float[y.length + 2 * pad];
        System.arraycopy(y, 0, padded, pad, y.length);
        if (edge) {
            Arrays.fill(padded, 0, pad, y[0]);
            Arrays.fill(padded, pad + y.length, padded.length, y[y.length - 1]);
        }
        return padded;
    }

    /**
     * {@code librosa.util.normalize(S, norm=1, axis=-2)} on float32 input: each frame divided by its float64 sum
     * (left as is when that sum is below float32's smallest normal), the quotient rounded to float32.
     */
    private static float[][] normalizeFrames(float[][] s) {
        requireNonNegative(s);
        int frames = s[0].length;
        double[] length = new double[frames];
        for (float[] row : s) {
            for (int t = 0; t < frames; t++) {
                length[t] += row[t];
            }
        }
        for (int t = 0; t < frames; t++) {
            if (length[t] < Float.MIN_NORMAL) {
                length[t] = 1.0;
            }
        }
        float[][] out = new float[s.length][frames];
        for (int k = 0; k < s.length; k++) {
            for (int t = 0; t < frames; t++) {
                out[k][t] = (float) (s[k][t] / length[t]);
            }
        }
        return out;
    }

    /** librosa refuses spectral statistics of negative "energies". */
    static void requireNonNegative(float[][] s) {
        Matrices.requireRectangular(s, "magnitude spectrogram");
        if (s.length < 2) {
            throw new ParameterException("spectrogram needs at least 2 bins, got " + s.length);
        }
        for (int k = 0; k < s.length; k++) {
            for (int t = 0; t < s[k].length; t++) {
                if (!(s[k][t] >= 0)) {
                    throw new ParameterException("spectral features need non-negative magnitudes, got " + s[k][t]
                            + " at bin " + k + ", frame " + t);
                }
            }
        }
    }

    /**
     * numpy's {@code pairwise_sum} for float32 (what {@code np.sum}/{@code np.mean} use along a contiguous axis):
     * blocks of at most 128 summed with 8 interleaved accumulators, larger ranges split in halves rounded to 8.
     */
    static float pairwiseSum(float[] a, int from, int n) {
        if (n < 8) {
            float res = 0f;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= 128) {
            float[] r = new float[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[from + j];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = (n / 2) - ((n / 2) % 8);
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }
}
