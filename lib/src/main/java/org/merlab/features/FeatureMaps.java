package org.merlab.features;

/**
 * The study's inputs for one clip: mel spectrogram in dB and chromagram, both {@code [bins][frames]} from one STFT
 * ({@code sr 22050, nFft 2048, hop 512}), and the clip's beat frames ({@link Beat#beatTrack}). Variants:
 * frame-pooled ({@link Sync#mean} over every {@code step} frames, to keep an LSTM over 30 s affordable),
 * beat-synchronous ({@link Sync#mean} over the beats), and fused (mel rows then chroma rows, concatenated).
 *
 * <p>The maps are put on a common scale by fixed affine maps, the same for every clip so that no statistic of other
 * clips leaks in: mel {@code (dB + 40) / 20} (librosa's {@code power_to_db(ref=1)} spans about -80..+20 dB on
 * normalised audio), chroma {@code 2 c - 1} (chroma is max-normalised to {@code [0, 1]}).
 *
 * @param mel    scaled mel dB {@code [nMels][frames]}
 * @param chroma scaled chroma {@code [12][frames]}
 * @param beats  beat frames, ascending
 */
public record FeatureMaps(float[][] mel, float[][] chroma, int[] beats) {

    /** What a network reads. */
    public enum Input {
        MEL, CHROMA, FUSED
    }

    /** Computes the maps of {@code y} with {@code nMels} mel bands. */
    public static FeatureMaps of(float[] y, double sr, int nMels) {
        float[][] power = Stft.stft(y).power();
        float[][] mel = Mel.powerToDb(Mel.melspectrogram(power, sr, nMels));
        float[][] chroma = Chroma.chromaStft(power, sr);
        for (float[] row : mel) {
            for (int t = 0; t < row.length; t++) {
                row[t] = (row[t] + 40) / 20;
            }
        }
        for (float[] row : chroma) {
            for (int t = 0; t < row.length; t++) {
                row[t] = 2 * row[t] - 1;
            }
        }
        return new FeatureMaps(mel, chroma, Beat.beatTrack(y, sr).frames());
    }

    /** The map of {@code input}, pooled every {@code step} frames or, if {@code beatSync}, between beats. */
    public float[][] map(Input input, boolean beatSync, int step) {
        float[][] m = switch (input) {
            case MEL -> mel;
            case CHROMA -> chroma;
            case FUSED -> concat(mel, chroma);
        };
        int[] idx = beatSync ? beats : Sync.every(step, m[0].length);
        return Sync.mean(m, idx);
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] out = new float[a.length + b.length][];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * {@code m} cut or repeated to exactly {@code frames} columns: the first {@code frames} if longer, else the
     * columns tiled from the start, so every clip of a batch has one shape (short beat sequences of slow music
     * repeat rather than pad with silence).
     */
    public static float[][] fit(float[][] m, int frames) {
        if (frames < 1 || m.length == 0 || m[0].length == 0) {
            throw new ParameterException("cannot fit a map of " + m.length + " rows to " + frames + " frames");
        }
        float[][] out = new float[m.length][frames];
        for (int r = 0; r < m.length; r++) {
            for (int t = 0; t < frames; t++) {
                out[r][t] = m[r][t % m[r].length];
            }
        }
        return out;
    }
}
