package org.merlab.features;

/**
 * Framing of {@code librosa.stft} / {@code librosa.istft}: FFT size, hop, window length and centring.
 * The window is always librosa's default {@code 'hann'} (periodic), zero-padded to {@code nFft} when shorter;
 * centring pads {@code nFft / 2} zeros on both sides ({@code pad_mode='constant'}).
 *
 * @param nFft      FFT size ({@code n_fft}), at least 2
 * @param hop       hop length in samples ({@code hop_length}), positive
 * @param winLength window length ({@code win_length}), in {@code 1..nFft}
 * @param center    whether frame {@code t} is centred on sample {@code t * hop}
 */
public record StftOptions(int nFft, int hop, int winLength, boolean center) {

    /** librosa's defaults: {@code n_fft 2048, hop_length 512, win_length 2048, center=True}. */
    public static final StftOptions DEFAULT = new StftOptions(2048, 512, 2048, true);

    public StftOptions {
        if (nFft < 2) {
            throw new ParameterException("nFft must be at least 2, got " + nFft);
        }
        if (hop <= 0) {
            throw new ParameterException("hop must be positive, got " + hop);
        }
        if (winLength <= 0 || winLength > nFft) {
            throw new ParameterException("winLength must be in 1.." + nFft + ", got " + winLength);
        }
    }

    /** librosa's defaults for a given FFT size: {@code hop = nFft / 4}, {@code winLength = nFft}, centred. */
    public static StftOptions of(int nFft) {
        return new StftOptions(nFft, Math.max(1, nFft / 4), nFft, true);
    }

    /** Number of frequency bins, {@code 1 + nFft / 2}. */
    public int bins() {
        return 1 + nFft / 2;
    }

    /**
     * Number of frames for a signal of {@code n} samples: {@code 1 + n / hop} when centred (for even nFft),
     * {@code 1 + (n - nFft) / hop} otherwise, as {@code librosa.util.frame} counts them.
     *
     * @throws ParameterException if the (padded) signal is shorter than one frame
     */
    public int frames(int n) {
        int padded = center ? n + 2 * (nFft / 2) : n;
        if (padded < nFft) {
            throw new ParameterException("signal of " + n + " samples is shorter than nFft " + nFft
                    + (center ? " after centre padding" : ""));
        }
        return 1 + (padded - nFft) / hop;
    }
}
