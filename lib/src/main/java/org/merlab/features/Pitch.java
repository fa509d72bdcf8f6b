package org.merlab.features;

import java.util.Arrays;

/**
 * Pitch tracking and tuning estimation of {@code librosa.core.pitch} (librosa 0.10.2): {@code piptrack},
 * {@code pitch_tuning} and {@code estimate_tuning}. The arithmetic follows librosa's float32 / float64 mix step by step,
 * because the tuning is a histogram peak and a rounding difference at a bin edge could move it by 0.01.
 */
public final class Pitch {

    /** {@code piptrack}'s defaults: only peaks in {@code [150, 4000)} Hz above 0.1 of the frame maximum count. */
    public static final double FMIN = 150.0;
    public static final double FMAX = 4000.0;
    public static final double THRESHOLD = 0.1;
    /** {@code estimate_tuning}'s default resolution: one cent. */
    public static final double RESOLUTION = 0.01;

    /**
     * Output of {@link #piptrack}: instantaneous frequency (Hz) and interpolated magnitude at each selected peak,
     * zero elsewhere, both {@code [bins][frames]}.
     */
    public record Peaks(float[][] pitches, float[][] magnitudes) {
    }

    private Pitch() {
    }

    /**
     * {@code librosa.piptrack(S=s, sr, fmin, fmax, threshold)} with {@code ref=np.max}: bin k of frame t is a peak when
     * {@code fmin <= k sr / nFft < fmax} and it is a local maximum (strictly above bin k-1, at least bin k+1) of
     * {@code S * (S > threshold * max_k S[:, t])}. Its pitch is {@code (k + shift) sr / nFft} with the parabolic shift
     * {@code -b / a}, {@code a = S[k+1] + S[k-1] - 2 S[k]}, {@code b = (S[k+1] - S[k-1]) / 2} (0 when |b| >= |a|),
     * and its magnitude {@code S[k] + 0.5 * gradient(S)[k] * shift}.
     *
     * @param s magnitude (or power) spectrogram {@code [1 + nFft / 2][frames]}; {@code nFft = 2 (bins - 1)}
     */
    public static Peaks piptrack(float[][] s, double sr, double fmin, double fmax, double threshold) {
        Matrices.requireRectangular(s, "spectrogram");
        int bins = s.length;
        if (bins < 3) {
            throw new ParameterException("piptrack needs at least 3 frequency bins, got " + bins);
        }
        int nFft = 2 * (bins - 1);
        double[] freqs = Frequencies.fftFrequencies(sr, nFft);
        double lo = Math.max(fmin, 0);
        double hi = Math.min(fmax, sr / 2);
        int frames = s[0].length;
        float[][] pitches = new float[bins][frames];
        float[][] mags = new float[bins][frames];
        float[][] byFrame = Matrices.transpose(s);
        float[] masked = new float[bins];
        float thresholdF = (float) threshold;
        for (int t = 0; t < frames; t++) {
            float[] column = byFrame[t];
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < bins; k++) {
                column[k] = Math.abs(column[k]);
                max = Math.max(max, column[k]);
            }
            float ref = thresholdF * max;
            for (int k = 0; k < bins; k++) {
                masked[k] = column[k] > ref ? column[k] : 0f;
            }
            for (int k = 1; k < bins; k++) {
                boolean localMax = masked[k] > masked[k - 1] && (k == bins - 1 || masked[k] >= masked[k + 1]);
                if (!localMax || !(lo <= freqs[k] && freqs[k] < hi)) {
                    continue;
                }
                float shift = k == bins - 1 ? 0f : parabolicShift(column[k - 1], column[k], column[k + 1]);
                float gradient = k == bins - 1 ? column[k] - column[k - 1] : (column[k + 1] - column[k - 1]) / 2f;
                pitches[k][t] = (float) ((k + (double) shift) * sr / nFft);
                mags[k][t] = column[k] + 0.5f * gradient * shift;
            }
        }
        return new Peaks(pitches, mags);
    }

    /**
     * librosa's numba stencil {@code _pi_stencil} on float32 input: numba promotes {@code 2 * x[0]} and
     * {@code (x[1] - x[-1]) / 2} to float64, so those steps are taken in double here too.
     */
    private static float parabolicShift(float left, float centre, float right) {
        double a = (double) (right + left) - 2.0 * centre;
        double b = (double) (right - left) / 2.0;
        return Math.abs(b) >= Math.abs(a) ? 0f : (float) (-b / a);
    }

    /**
     * {@code librosa.pitch_tuning(frequencies, resolution, bins_per_octave)}: the residuals
     * {@code r = (binsPerOctave * log2(f / 27.5)) mod 1}, shifted to {@code [-0.5, 0.5)}, go into a histogram with
     * edges {@code linspace(-0.5, 0.5, ceil(1 / resolution) + 1)}; the left edge of the fullest bin (first on ties) is
     * the tuning in fractions of a bin. Non-positive frequencies are ignored; none left gives 0.
     *
     * @throws ParameterException unless {@code 0 < resolution < 1} and {@code binsPerOctave > 0}
     */
    public static double pitchTuning(float[] frequencies, double resolution, int binsPerOctave) {
        if (!(resolution > 0 && resolution < 1)) {
            throw new ParameterException("resolution must be in (0, 1), got " + resolution);
        }
        if (binsPerOctave <= 0) {
            throw new ParameterException("binsPerOctave must be positive, got " + binsPerOctave);
        }
        double[] edges = Frequencies.linspace(-0.5, 0.5, (int) Math.ceil(1.0 / resolution) + 1);
        int[] counts = new int[edges.length - 1];
        boolean any = false;
        for (float f : frequencies) {
            if (!(f > 0)) {
                continue;
            }
            any = true;
            // numpy keeps float32 here: f / 27.5, log2, * binsPerOctave and mod 1 are each rounded to float32.
            float octs = (float) Frequencies.log2(f / 27.5f);
            float scaled = binsPerOctave * octs;
            float residual = scaled % 1.0f;
            if (residual < 0) {
                residual += 1.0f;
            }
            if (residual >= 0.5f) {
                residual -= 1.0f;
            }
            int bin = histogramBin(edges, residual);
            if (bin >= 0) {
                counts[bin]++;
            }
        }
        if (!any) {
            return 0.0;
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return edges[best];
    }

    /** np.histogram's bin for explicit edges: {@code edges[i] <= v < edges[i+1]}, the last bin closed; -1 outside. */
    private static int histogramBin(double[] edges, double v) {
        int last = edges.length - 1;
        if (v < edges[0] || v > edges[last]) {
            return -1;
        }
        if (v == edges[last]) {
            return last - 1;
        }
        int pos = Arrays.binarySearch(edges, v);
        return pos >= 0 ? pos : -pos - 2;
    }

    /**
     * {@code librosa.estimate_tuning(S=s, sr, resolution=0.01, bins_per_octave=12)}: {@link #piptrack} with its
     * defaults, then {@link #pitchTuning} of the pitches whose magnitude is at least the median magnitude of all peaks.
     *
     * @param s magnitude or power spectrogram {@code [1 + nFft / 2][frames]}; librosa's {@code chroma_stft} passes power
     * @return tuning in fractions of a semitone, in {@code [-0.5, 0.5)}
     */
    public static double estimateTuning(float[][] s, double sr) {
        Peaks peaks = piptrack(s, sr, FMIN, FMAX, THRESHOLD);
        int n = 0;
        for (float[] row : peaks.pitches()) {
            for (float p : row) {
                if (p > 0) {
                    n++;
                }
            }
        }
        if (n == 0) {
            return pitchTuning(new float[0], RESOLUTION, 12);
        }
        float[] mags = new float[n];
        int i = 0;
        for (int k = 0; k < s.length; k++) {
            for (int t = 0; t < s[k].length; t++) {
                if (peaks.pitches()[k][t] > 0) {
                    mags[i++] = peaks.magnitudes()[k][t];
                }
            }
        }
        float threshold = median(mags);
        float[] selected = new float[n];
        int m = 0;
        for (int k = 0; k < s.length; k++) {
            for (int t = 0; t < s[k].length; t++) {
                if (peaks.pitches()[k][t] > 0 && peaks.magnitudes()[k][t] >= threshold) {
                    selected[m++] = peaks.pitches()[k][t];
                }
            }
        }
        return pitchTuning(Arrays.copyOf(selected, m), RESOLUTION, 12);
    }

    /** {@code librosa.estimate_tuning(y=y, sr=sr)}: {@link #estimateTuning(float[][], double)} of {@code |stft(y)|}. */
    public static double estimateTuning(float[] y, double sr) {
        return estimateTuning(Stft.stft(y).magnitude(), sr);
    }

    /** {@code np.median} of float32 values: the middle value, or the float32 mean of the two middle values. */
    private static float median(float[] values) {
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        int h = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2f;
    }
}
