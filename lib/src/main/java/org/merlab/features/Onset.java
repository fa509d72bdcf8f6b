package org.merlab.features;

import java.util.Arrays;

/**
 * Spectral-flux onset strength, as {@code librosa.onset.onset_strength} (librosa 0.10.2) with its defaults
 * {@code lag 1, max_size 1, ref None, detrend False, center True} on a {@code power_to_db} mel spectrogram.
 */
public final class Onset {

    /** How the per-band flux is combined into one value per frame ({@code aggregate=}). */
    public enum Aggregate {
        /** {@code np.mean}, librosa's default for {@code onset_strength}. */
        MEAN,
        /** {@code np.median}, what {@code librosa.beat.beat_track(y=...)} uses. */
        MEDIAN
    }

    private Onset() {
    }

    /**
     * {@code librosa.onset.onset_strength(S=melDb, n_fft, hop_length, aggregate)}:
     * {@code flux[f][t] = max(0, S[f][t] - S[f][t-1])}, aggregated over bands, then delayed by
     * {@code lag + n_fft // (2 hop)} frames (zeros in front) and cut to the input's frame count, so
     * {@code onset[t] = agg_f flux[f][t - 2]} with the defaults and {@code onset[0..2] = 0}. Arithmetic is
     * float32 like librosa's (the mean is a sequential float32 sum over bands divided by the band count).
     *
     * @param melDb {@code [nMels][frames]}, e.g. {@code power_to_db} of a mel power spectrogram
     * @return {@code [frames]}
     */
    public static float[] onsetStrength(float[][] melDb, int nFft, int hopLength, Aggregate aggregate) {
        if (melDb == null || melDb.length == 0 || melDb[0].length == 0) {
            throw new ParameterException("spectrogram must have at least one band and one frame");
        }
        if (nFft < 1 || hopLength < 1) {
            throw new ParameterException("nFft and hopLength must be positive, got nFft=" + nFft
                    + ", hopLength=" + hopLength);
        }
        int bands = melDb.length;
        int frames = melDb[0].length;
        for (float[] row : melDb) {
            if (row.length != frames) {
                throw new ParameterException("spectrogram rows differ in length: " + row.length + " vs " + frames);
            }
        }
        int delay = 1 + nFft / (2 * hopLength);
        float[] onset = new float[frames];
        float[] flux = new float[bands];
        for (int t = delay; t < frames; t++) {
            int cur = t - delay + 1;
            for (int f = 0; f < bands; f++) {
                flux[f] = Math.max(0f, melDb[f][cur] - melDb[f][cur - 1]);
            }
            onset[t] = aggregate == Aggregate.MEAN ? mean(flux) : median(flux);
        }
        return onset;
    }

    /** {@link #onsetStrength(float[][], int, int, Aggregate)} with {@code n_fft 2048, hop_length 512}. */
    public static float[] onsetStrength(float[][] melDb, Aggregate aggregate) {
        return onsetStrength(melDb, 2048, 512, aggregate);
    }

    /**
     * {@code librosa.onset.onset_strength(y=y, sr=sr, aggregate=...)}: {@link Mel#melspectrogram(float[], double)}
     * (n_fft 2048, hop 512, 128 Slaney bands), {@link Mel#powerToDb(float[][])}, then
     * {@link #onsetStrength(float[][], int, int, Aggregate)}.
     *
     * @param y signal, finite
     * @return {@code [1 + len(y) / 512]}
     */
    public static float[] onsetStrength(float[] y, double sampleRate, Aggregate aggregate) {
        return onsetStrength(Mel.powerToDb(Mel.melspectrogram(y, sampleRate)), aggregate);
    }

    /** {@code librosa.onset.onset_strength(y=y, sr=sr)}: the mean over bands. */
    public static float[] onsetStrength(float[] y, double sampleRate) {
        return onsetStrength(y, sampleRate, Aggregate.MEAN);
    }

    private static float mean(float[] x) {
        float sum = 0f;
        for (float v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** {@code np.median} in float32: the middle value, or the float32 mean of the two middle values. */
    private static float median(float[] x) {
        float[] sorted = x.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2f;
    }
}
