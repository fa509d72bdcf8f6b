package org.merlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

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
                    var x = cached(cache, piece.source(), signature(piece, renders, nMels),
                            () -> extract(piece, renders, nMels));
                    hits += x.hit() ? 1 : 0;
                    pieces.add(piece);
                    features.add(x.features());
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

    /**
     * Inputs of audio files with no annotation grid (a clip-level check such as 4Q's): each file's log-mel pooled over
     * fixed steps ({@link #fixedSteps}), {@code [steps][nMels]} per file that could be read.
     *
     * @param files    the files read, index for index with {@code features}
     * @param skipped  {@code file: reason} per file left out
     */
    public record Clips(List<Path> files, List<float[][]> features, List<String> skipped) {
        public Clips {
            files = List.copyOf(files);
            features = List.copyOf(features);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * {@link #logMel} of every file on steps of {@code step} seconds, cached in {@code cacheDir} under the file's bytes,
     * the recipe and the step, with a progress bar. A file that does not decode is skipped and listed.
     *
     * @throws IllegalArgumentException if {@code nMels} is below 1 or {@code step} is not positive
     */
    public static Clips clips(String name, List<Path> files, double step, int nMels, Path cacheDir) {
        if (nMels < 1 || !(step > 0)) {
            throw new IllegalArgumentException("need nMels >= 1 and a positive step, got " + nMels + " and " + step);
        }
        FeatureCache cache = new FeatureCache(cacheDir);
        String signature = RECIPE + " n_mels=" + nMels + " pooled=mean fixed_step=" + step;
        List<Path> read = new ArrayList<>();
        List<float[][]> features = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Progress progress = Progress.start("log-mel " + name, files.size())) {
            for (Path file : files) {
                try {
                    var x = cached(cache, file, signature, () -> {
                        AudioSignal a = Audio.load(file);
                        return logMel(a.samples(), fixedSteps(a.durationSeconds(), step), nMels);
                    });
                    read.add(file);
                    features.add(x.features());
                } catch (AudioException e) {
                    skipped.add(file + ": " + e.getMessage());
                } catch (IOException e) {
                    skipped.add(file + ": cannot read (" + e.getMessage() + ")");
                }
                progress.step();
            }
        }
        return new Clips(read, features, skipped);
    }

    /** A sequence from the feature cache ({@code hit}) or just computed and stored there. */
    private record Cached(float[][] features, boolean hit) {
    }

    /** The sequence cached for {@code source}'s bytes under {@code signature}, else {@code compute}'s, then cached. */
    private static Cached cached(FeatureCache cache, Path source, String signature, Supplier<float[][]> compute)
            throws IOException {
        String key = FeatureCache.key(source, signature);
        var hit = cache.get(key);
        if (hit.isPresent()) {
            return new Cached(toFloat(hit.get()), true);
        }
        float[][] x = compute.get();
        cache.put(key, toDouble(x));
        return new Cached(x, false);
    }

    /**
     * The median step length in seconds over every step of the pieces {@code which}: the fixed step of audio that has
     * no annotation grid (a bundle's input, a 4Q clip), close to what the networks were trained on.
     *
     * @throws IllegalArgumentException if {@code which} is empty
     */
    public static double medianStep(List<VaPiece> pieces, int[] which) {
        if (which.length == 0) {
            throw new IllegalArgumentException("no pieces to take a median step of");
        }
        double[] sorted = Arrays.stream(which).mapToObj(i -> pieces.get(i).boundaries())
                .flatMapToDouble(b -> java.util.stream.IntStream.range(0, b.length - 1).mapToDouble(s -> b[s + 1] - b[s]))
                .sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * Step boundaries in seconds for audio of {@code seconds}: every {@code step}, then the end if the tail is at
     * least half a step (or if the audio is shorter than one step).
     */
    public static double[] fixedSteps(double seconds, double step) {
        int full = (int) Math.floor(seconds / step + 1e-9);
        double tail = seconds - full * step;
        boolean extra = full == 0 || tail >= step / 2;
        double[] b = new double[full + (extra ? 2 : 1)];
        for (int i = 0; i <= full; i++) {
            b[i] = i * step;
        }
        if (extra) {
            b[b.length - 1] = seconds;
        }
        return b;
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
