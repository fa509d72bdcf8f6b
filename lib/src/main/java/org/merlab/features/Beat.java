package org.merlab.features;

import java.util.Arrays;

/**
 * The dynamic-programming beat tracker of {@code librosa.beat.beat_track} (librosa 0.10.2; Ellis, "Beat tracking by
 * dynamic programming", Journal of New Music Research 36(1), 2007), for a static tempo:
 * <ol>
 *   <li>tempo from {@link Tempo#tempo} unless given;</li>
 *   <li>local score: the onset envelope divided by its standard deviation (ddof 1), convolved ('same') with a
 *       Gaussian {@code exp(-0.5 (32 k / p)^2)}, {@code k = -p..p}, where {@code p = round(60 sr / (hop bpm))}
 *       is the beat period in frames;</li>
 *   <li>dynamic programme: {@code cum[i] = local[i] + max_{l in [i-2p, i-round(p/2)]} cum[l]
 *       - tightness (log(i - l) - log p)^2}, with back-links;</li>
 *   <li>the last beat: the last local maximum of {@code cum} at or above half the median of its local maxima;</li>
 *   <li>trimming: beats in the leading and trailing runs of frames whose local score is at or below half the RMS
 *       of the Hann(5)-smoothed local score at the beats are dropped.</li>
 * </ol>
 * librosa 0.10.2's own quirks are kept so that beat frames agree: the 'same' convolution never reaches the
 * envelope's first frame, and the smoothed beat score has two extra trailing samples.
 */
public final class Beat {

    /** {@code np.hanning(5)}. */
    private static final double[] HANN5 = {0.0, 0.5, 1.0, 0.5, 0.0};

    private Beat() {
    }

    /**
     * The result of {@code librosa.beat.beat_track}.
     *
     * @param tempo  global tempo in beats per minute (0 if the onset envelope is all zero)
     * @param frames beat positions as onset-frame indices, ascending
     */
    public record Track(double tempo, int[] frames) {

        /** Beat times in seconds, {@code librosa.frames_to_time(frames, sr, hop_length)}. */
        public double[] times(double sampleRate, int hopLength) {
            return Arrays.stream(frames).mapToDouble(f -> f * (double) hopLength / sampleRate).toArray();
        }
    }

    /**
     * {@code librosa.beat.beat_track(onset_envelope=..., sr, hop_length, start_bpm, tightness, trim)}: the tempo is
     * estimated with {@link Tempo#tempo}, then beats are tracked with {@link #track}.
     *
     * @param onsetEnvelope onset strength {@code [frames]}; librosa's {@code beat_track(y=...)} uses
     *                      {@link Onset#onsetStrength} with the <em>median</em> over mel bands
     */
    public static Track beatTrackOnsets(float[] onsetEnvelope, TempoOptions tempoOptions, double tightness,
                                        boolean trim) {
        Tempo.requireEnvelope(onsetEnvelope);
        if (allZero(onsetEnvelope)) {
            return new Track(0.0, new int[0]);
        }
        double bpm = Tempo.tempo(onsetEnvelope, tempoOptions);
        return new Track(bpm, track(onsetEnvelope, bpm, tempoOptions.frameRate(), tightness, trim));
    }

    /** {@link #beatTrackOnsets(float[], TempoOptions, double, boolean)} with librosa's defaults. */
    public static Track beatTrackOnsets(float[] onsetEnvelope) {
        return beatTrackOnsets(onsetEnvelope, TempoOptions.DEFAULT, 100, true);
    }

    /**
     * {@code librosa.beat.beat_track(y=y, sr=sr)}: the onset envelope is
     * {@code onset_strength(y, sr, aggregate=np.median)} ({@link Onset#onsetStrength(float[], double,
     * Onset.Aggregate)}), hop 512, then {@link #beatTrackOnsets(float[], TempoOptions, double, boolean)} with
     * librosa's defaults (tightness 100, trim).
     */
    public static Track beatTrack(float[] y, double sampleRate) {
        float[] onset = Onset.onsetStrength(y, sampleRate, Onset.Aggregate.MEDIAN);
        return beatTrackOnsets(onset, TempoOptions.DEFAULT.withRate(sampleRate, 512), 100, true);
    }

    /**
     * librosa's {@code __beat_tracker} for a known tempo.
     *
     * @param bpm       tempo in beats per minute
     * @param frameRate onset frames per second ({@code sr / hop_length})
     * @param tightness weight of the log-period deviation penalty
     * @param trim      drop weak leading and trailing beats
     * @return beat frames, ascending
     */
    public static int[] track(float[] onsetEnvelope, double bpm, double frameRate, double tightness, boolean trim) {
        Tempo.requireEnvelope(onsetEnvelope);
        if (!(bpm > 0) || Double.isInfinite(bpm)) {
            throw new ParameterException("bpm must be positive and finite, got " + bpm);
        }
        if (!(frameRate > 0) || Double.isInfinite(frameRate)) {
            throw new ParameterException("frameRate must be positive and finite, got " + frameRate);
        }
        if (!(tightness > 0) || Double.isInfinite(tightness)) {
            throw new ParameterException("tightness must be positive and finite, got " + tightness);
        }
        if (onsetEnvelope.length < 2) {
            throw new ParameterException("beat tracking needs at least 2 onset frames, got " + onsetEnvelope.length);
        }
        double period = Math.rint(frameRate * 60.0 / bpm);
        if (period < 1) {
            throw new ParameterException("bpm=" + bpm + " is faster than one beat per frame at " + frameRate
                    + " frames per second");
        }
        double[] localScore = localScore(normalizeOnsets(onsetEnvelope), (int) period);
        int n = localScore.length;
        int[] backlink = new int[n];
        double[] cumScore = new double[n];
        dynamicProgramme(localScore, period, tightness, backlink, cumScore);
        boolean[] beats = new boolean[n];
        for (int b = lastBeat(cumScore); b >= 0; b = backlink[b]) {
            beats[b] = true;
        }
        trimBeats(localScore, beats, trim);
        int count = 0;
        for (boolean b : beats) {
            count += b ? 1 : 0;
        }
        int[] frames = new int[count];
        for (int i = 0, j = 0; i < n; i++) {
            if (beats[i]) {
                frames[j++] = i;
            }
        }
        return frames;
    }

    /** {@code onsets / (onsets.std(ddof=1) + tiny)} in float32, widened to double as librosa's numba loop does. */
    static double[] normalizeOnsets(float[] onsets) {
        int n = onsets.length;
        double mean = 0.0;
        for (float v : onsets) {
            mean += v;
        }
        mean /= n;
        double ss = 0.0;
        for (float v : onsets) {
            ss += (v - mean) * (v - mean);
        }
        float norm = (float) Math.sqrt(ss / (n - 1)) + Float.MIN_NORMAL;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = onsets[i] / norm;
        }
        return out;
    }

    /**
     * {@code __beat_local_score}: {@code local[i] = sum_k w[k] x[i + K/2 - k]} over
     * {@code max(0, i + K/2 - N + 1) <= k < min(i + K/2, K)}, {@code K = 2p + 1}; the exclusive upper bound is
     * librosa's, so {@code x[0]} never contributes.
     */
    static double[] localScore(double[] x, int period) {
        int n = x.length;
        int kLen = 2 * period + 1;
        int half = kLen / 2;
        double[] window = new double[kLen];
        for (int k = 0; k < kLen; k++) {
            double z = (k - period) * 32.0 / period;
            window[k] = Math.exp(-0.5 * z * z);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0.0;
            int hi = Math.min(i + half, kLen);
            for (int k = Math.max(0, i + half - n + 1); k < hi; k++) {
                acc += window[k] * x[i + half - k];
            }
            out[i] = acc;
        }
        return out;
    }

    /**
     * {@code __beat_track_dp}: predecessors are searched from {@code i - round(p/2)} back to {@code i - 2p}, nearest
     * first, keeping the first strict maximum. Until the local score first reaches 1% of its maximum, frames get
     * no back-link, so the path starts at a real onset.
     */
    static void dynamicProgramme(double[] localScore, double period, double tightness, int[] backlink,
                                 double[] cumScore) {
        double threshold = 0.01 * Arrays.stream(localScore).max().orElseThrow();
        double logPeriod = Math.log(period);
        int nearest = (int) Math.rint(period / 2);
        int farthest = (int) (2 * period);
        double[] penalty = new double[farthest + 1];
        for (int d = nearest; d <= farthest; d++) {
            double dev = Math.log(d) - logPeriod;
            penalty[d] = tightness * dev * dev;
        }
        boolean firstBeat = true;
        for (int i = 0; i < localScore.length; i++) {
            double best = Double.NEGATIVE_INFINITY;
            int location = -1;
            for (int loc = i - nearest; loc >= i - farthest && loc >= 0; loc--) {
                double score = cumScore[loc] - penalty[i - loc];
                if (score > best) {
                    best = score;
                    location = loc;
                }
            }
            cumScore[i] = location >= 0 ? localScore[i] + best : localScore[i];
            if (firstBeat && localScore[i] < threshold) {
                backlink[i] = -1;
            } else {
                backlink[i] = location;
                firstBeat = false;
            }
        }
    }

    /**
     * {@code __last_beat}: the last index that is a local maximum of {@code cum} ({@code librosa.util.localmax})
     * with {@code cum >= 0.5 median(cum at local maxima)}; the final frame if there is none.
     */
    static int lastBeat(double[] cumScore) {
        int n = cumScore.length;
        boolean[] peak = localMax(cumScore);
        double[] peaks = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (peak[i]) {
                peaks[m++] = cumScore[i];
            }
        }
        if (m == 0) {
            return n - 1;
        }
        Arrays.sort(peaks, 0, m);
        double median = m % 2 == 1 ? peaks[m / 2] : 0.5 * (peaks[m / 2 - 1] + peaks[m / 2]);
        double threshold = 0.5 * median;
        for (int i = n - 1; i >= 0; i--) {
            if (peak[i] && cumScore[i] >= threshold) {
                return i;
            }
        }
        return n - 1;
    }

    /**
     * {@code librosa.util.localmax}: {@code x[i] > x[i-1] and x[i] >= x[i+1]}, with the array edge-padded,
     * so the first element is never a maximum and the last one is if it rises.
     */
    static boolean[] localMax(double[] x) {
        int n = x.length;
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            double prev = x[Math.max(i - 1, 0)];
            double next = x[Math.min(i + 1, n - 1)];
            out[i] = x[i] > prev && x[i] >= next;
        }
        return out;
    }

    /**
     * {@code __trim_beats}: threshold {@code 0.5 sqrt(mean(s^2))} where {@code s} is
     * {@code np.convolve(local[beats], hanning(5))[2 : N + 2]} (0 without trimming); beats are then cleared over
     * the leading and trailing runs of frames with {@code local <= threshold}.
     */
    static void trimBeats(double[] localScore, boolean[] beats, boolean trim) {
        int n = localScore.length;
        double threshold = 0.0;
        if (trim) {
            double[] atBeats = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (beats[i]) {
                    atBeats[m++] = localScore[i];
                }
            }
            int fullLength = m + HANN5.length - 1;
            int end = Math.min(n + 2, fullLength);
            double sumSquares = 0.0;
            for (int j = 2; j < end; j++) {
                double s = 0.0;
                for (int k = 0; k < HANN5.length; k++) {
                    int src = j - k;
                    if (src >= 0 && src < m) {
                        s += atBeats[src] * HANN5[k];
                    }
                }
                sumSquares += s * s;
            }
            threshold = 0.5 * Math.sqrt(sumSquares / (end - 2));
        }
        for (int i = 0; i < n && localScore[i] <= threshold; i++) {
            beats[i] = false;
        }
        for (int i = n - 1; i >= 0 && localScore[i] <= threshold; i--) {
            beats[i] = false;
        }
    }

    private static boolean allZero(float[] x) {
        for (float v : x) {
            if (v != 0f) {
                return false;
            }
        }
        return true;
    }
}
