package org.merlab.features;

/**
 * Median-filtering harmonic/percussive source separation, as {@code librosa.decompose.hpss} (librosa 0.10.2;
 * Fitzgerald, "Harmonic/percussive separation using median filtering", DAFx 2010, with the soft masks and margin of
 * Driedger, Müller and Disch, ISMIR 2014).
 * <p>
 * With the magnitude {@code S [bins][frames]}, {@code H = median over kernelSize frames} (along time, reflect edges)
 * and {@code P = median over kernelSize bins} (along frequency), the masks are
 * {@code M_H = softmask(H, margin P)} and {@code M_P = softmask(P, margin H)}; the parts are {@code M_H X} and
 * {@code M_P X} of the complex spectrogram {@code X}.
 */
public final class Hpss {

    private Hpss() {
    }

    /**
     * The two soft masks, {@code [bins][frames]} each.
     *
     * @param harmonic   weight of the harmonic part per time-frequency cell, in [0, 1]
     * @param percussive weight of the percussive part
     */
    public record Masks(float[][] harmonic, float[][] percussive) {
    }

    /**
     * The harmonic and percussive parts of a complex spectrogram.
     *
     * @param harmonic   {@code M_H X}
     * @param percussive {@code M_P X}
     */
    public record Parts(Spectrogram harmonic, Spectrogram percussive) {
    }

    /**
     * {@code librosa.decompose.hpss(S, mask=True)} for a magnitude spectrogram.
     *
     * @param magnitude {@code |X|}, {@code [bins][frames]}, non-negative
     */
    public static Masks masks(float[][] magnitude, HpssOptions options) {
        float[][][] medians = medians(magnitude, options);
        boolean splitZeros = options.margin() == 1.0;
        return new Masks(softmask(medians[0], medians[1], options.margin(), options.power(), splitZeros),
                softmask(medians[1], medians[0], options.margin(), options.power(), splitZeros));
    }

    /** {@link Masks#harmonic()} of {@link #masks} alone, for callers that only keep the harmonic part. */
    static float[][] harmonicMask(float[][] magnitude, HpssOptions options) {
        float[][][] medians = medians(magnitude, options);
        return softmask(medians[0], medians[1], options.margin(), options.power(), options.margin() == 1.0);
    }

    /** The time-direction (harmonic) and frequency-direction (percussive) medians of the magnitude. */
    private static float[][][] medians(float[][] magnitude, HpssOptions options) {
        requireNonNegative(magnitude);
        return new float[][][] {MedianFilter.alongRows(magnitude, options.kernelSize()),
            MedianFilter.alongColumns(magnitude, options.kernelSize())};
    }

    /** {@code librosa.decompose.hpss(X)} for a complex spectrogram: both parts. */
    public static Parts hpss(Spectrogram stft, HpssOptions options) {
        float[][] magnitude = stft.magnitude();
        Masks masks = masks(magnitude, options);
        return new Parts(apply(stft, magnitude, masks.harmonic()), apply(stft, magnitude, masks.percussive()));
    }

    /**
     * {@code librosa.util.softmask(X, margin X_ref, power, split_zeros)} in float32:
     * {@code Z = max(X, margin X_ref)}, {@code M = (X/Z)^p / ((X/Z)^p + (margin X_ref/Z)^p)}; where {@code Z} is below
     * float32's smallest normal number, {@code M = 0.5} if {@code splitZeros}, else 0.
     */
    static float[][] softmask(float[][] x, float[][] ref, double margin, double power, boolean splitZeros) {
        float[][] out = new float[x.length][x[0].length];
        for (int k = 0; k < x.length; k++) {
            for (int t = 0; t < x[k].length; t++) {
                out[k][t] = softmask(x[k][t], ref[k][t], margin, power, splitZeros);
            }
        }
        return out;
    }

    /** One cell of {@link #softmask(float[][], float[][], double, double, boolean)}. */
    static float softmask(float x, float ref, double margin, double power, boolean splitZeros) {
        float b = ref * (float) margin;
        float z = Math.max(x, b);
        if (z < Float.MIN_NORMAL) {
            return splitZeros ? 0.5f : 0f;
        }
        float ma = pow(x / z, power);
        float mb = pow(b / z, power);
        return ma / (ma + mb);
    }

    /**
     * {@code (S * mask) * phase} as librosa forms each part, with {@code S = |X|} and
     * {@code phase = X / S} ({@code 1} where {@code S = 0}), in float32.
     */
    static Spectrogram apply(Spectrogram stft, float[][] magnitude, float[][] mask) {
        int bins = stft.bins();
        int frames = stft.frames();
        float[][] re = new float[bins][frames];
        float[][] im = new float[bins][frames];
        for (int k = 0; k < bins; k++) {
            for (int t = 0; t < frames; t++) {
                re[k][t] = masked(stft.re()[k][t], magnitude[k][t], mask[k][t]);
                im[k][t] = masked(stft.im()[k][t], magnitude[k][t], mask[k][t]);
            }
        }
        return new Spectrogram(re, im);
    }

    /** One real or imaginary part of {@link #apply}: {@code (|X| mask) (part / |X|)}, 0 where {@code |X| = 0}. */
    static float masked(float part, float magnitude, float mask) {
        return magnitude == 0f ? 0f : magnitude * mask * (part / magnitude);
    }

    /** librosa's softmask rejects negative input; NaN is left to {@link MedianFilter}'s finiteness check. */
    static void requireNonNegative(float[][] magnitude) {
        for (int k = 0; k < magnitude.length; k++) {
            for (int t = 0; t < magnitude[k].length; t++) {
                if (magnitude[k][t] < 0f) {
                    throw new ParameterException("magnitude must be non-negative, got " + magnitude[k][t]
                            + " at bin " + k + ", frame " + t);
                }
            }
        }
    }

    /** numpy's float32 power; squaring is exact in float32 as numpy's fast path does it. */
    private static float pow(float base, double power) {
        return power == 2.0 ? base * base : (float) Math.pow(base, power);
    }
}
