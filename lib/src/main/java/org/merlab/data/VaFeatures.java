package org.merlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.merlab.audio.Audio;
import org.merlab.audio.AudioException;
import org.merlab.audio.AudioSignal;
import org.merlab.features.FeatureCache;
import org.merlab.features.GridPool;
import org.merlab.features.Mel;
import org.merlab.features.Stft;
import org.merlab.features.StftOptions;
import org.merlab.io.Progress;

/**
 * Per-step inputs of the valence/arousal models: each piece's log-mel spectrogram in dB (librosa's
 * {@code power_to_db(melspectrogram(y, sr=22050, n_fft=2048, hop_length=512, n_mels))}, {@code ref=1},
 * {@code top_db=80}) averaged over each annotation step ({@link GridPool#mean}), so a piece becomes
 * {@code [steps][nMels]}, one row per annotated bar or half second.
 *
 * <p>MIDI sources ({@code .mid}) are rendered through a {@link RenderCache}; other sources are decoded with
 * {@link Audio#load}. The pooled sequences are cached in a {@link FeatureCache} under a key of the source's bytes,
 * the render signature, the mel recipe and the step boundaries. A piece whose audio cannot be read is skipped and
 * listed; a piece whose steps run past the end of its audio by more than half a step is skipped too, since its
 * annotations would be aligned with silence.
 */
public final class VaFeatures {

    /** The conventional cache folder for pooled sequences, relative to the repository root. */
    public static final Path DEFAULT_CACHE = Path.of("data", "processed", "va-features");

    /**
     * The pieces that have inputs and their sequences, index for index.
     *
     * @param features {@code [steps][nMels]} per piece, in dB
     * @param skipped  {@code source: reason} per piece left out
     * @param seconds  wall time of the build
     * @param cacheHits pieces read from the feature cache
     */
    public record Built(List<VaPiece> pieces, List<float[][]> features, int nMels, List<String> skipped,
                        double seconds, int cacheHits) {
        public Built {
            pieces = List.copyOf(pieces);
            features = List.copyOf(features);
            skipped = List.copyOf(skipped);
        }
    }

    private VaFeatures() {
    }

    /**
     * Builds (or reads from {@code cacheDir}) the sequences of every piece of {@code data}, with a progress bar.
     *
     * @param renders renders of MIDI sources (its options' rate must be {@link Audio#DEFAULT_SR})
     * @throws IllegalArgumentException if {@code nMels} is below 1 or the render rate is not 22050 Hz
     */
    public static Built build(VaDataset data, RenderCache renders, int nMels, Path cacheDir) {
        if (nMels < 1) {
            throw new IllegalArgumentException("nMels must be at least 1, got " + nMels);
        }
        FeatureCache cache = new FeatureCache(cacheDir);
        List<VaPiece> pieces = new ArrayList<>();
        List<float[][]> features = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int hits = 0;
        long start = System.nanoTime();
        try (Progress progress = Progress.start("log-mel " + data.name(), data.pieces().size())) {
            for (VaPiece piece : data.pieces()) {
                try {
                    String key = FeatureCache.key(piece.source(), signature(piece, renders, nMels));
                    var hit = cache.get(key);
                    float[][] x;
                    if (hit.isPresent()) {
                        x = toFloat(hit.get());
                        hits++;
                    } else {
                        x = extract(piece, renders, nMels);
                        cache.put(key, toDouble(x));
                    }
                    pieces.add(piece);
                    features.add(x);
                } catch (AudioException | TooShort e) {
                    skipped.add(piece.source() + ": " + e.getMessage());
                } catch (IOException e) {
                    skipped.add(piece.source() + ": cannot read (" + e.getMessage() + ")");
                }
                progress.step();
            }
        }
        return new Built(pieces, features, nMels, skipped, (System.nanoTime() - start) / 1e9, hits);
    }

    /** The audio a piece's steps refer to: its render for MIDI, else the decoded file at 22050 Hz. */
    public static AudioSignal audio(VaPiece piece, RenderCache renders) {
        return isMidi(piece.source()) ? renders.get(piece.source()) : Audio.load(piece.source());
    }

    /** The piece's {@code [steps][nMels]} pooled log-mel. */
    static float[][] extract(VaPiece piece, RenderCache renders, int nMels) {
        AudioSignal a = audio(piece, renders);
        if (a.sampleRate() != Audio.DEFAULT_SR) {
            throw new IllegalArgumentException("renders must be at " + Audio.DEFAULT_SR + " Hz, got "
                    + a.sampleRate());
        }
        double lastStep = piece.boundaries()[piece.steps()] - piece.boundaries()[piece.steps() - 1];
        if (piece.boundaries()[piece.steps() - 1] + lastStep / 2 > a.durationSeconds()) {
            throw new TooShort(String.format(java.util.Locale.ROOT,
                    "its %d steps run to %.2f s but the audio lasts %.2f s", piece.steps(), piece.end(),
                    a.durationSeconds()));
        }
        return logMel(a.samples(), piece.boundaries(), nMels);
    }

    /**
     * {@value #RECIPE} of a signal at 22050 Hz, averaged over the steps between consecutive {@code boundaries}
     * (seconds): {@code [steps][nMels]}, the input of a valence/arousal network, in training as in a model bundle.
     */
    public static float[][] logMel(float[] samples, double[] boundaries, int nMels) {
        float[][] db = Mel.powerToDb(Mel.melspectrogram(Stft.stft(samples, StftOptions.DEFAULT).power(),
                Audio.DEFAULT_SR, nMels));
        return GridPool.mean(db, boundaries, Audio.DEFAULT_SR, StftOptions.DEFAULT.hop());
    }

    /** What {@link #logMel} computes, named; part of every cache key and of a valence/arousal bundle's recipe. */
    public static final String RECIPE = "va-log-mel/1 librosa-0.10.2 sr=22050 n_fft=2048 hop=512"
            + " power_to_db(ref=1,top_db=80)";

    static String signature(VaPiece piece, RenderCache renders, int nMels) {
        return RECIPE + " n_mels=" + nMels
                + " pooled=mean boundaries=" + Arrays.toString(piece.boundaries())
                + (isMidi(piece.source()) ? " render=" + renders.signature() : "");
    }

    private static boolean isMidi(Path source) {
        String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".mid") || name.endsWith(".midi");
    }

    private static float[][] toFloat(double[][] x) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new float[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (float) x[i][j];
            }
        }
        return out;
    }

    private static double[][] toDouble(float[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = x[i][j];
            }
        }
        return out;
    }

    /** Steps that reach past the audio. */
    private static final class TooShort extends RuntimeException {
        TooShort(String message) {
            super(message);
        }
    }
}
