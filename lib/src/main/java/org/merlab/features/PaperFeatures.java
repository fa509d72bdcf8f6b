package org.merlab.features;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The 28-value segment descriptor of Yakovyna &amp; Korniienko, "Music emotion classification using a hybrid CNN-LSTM
 * model", Applied Aspects of Information Technology 6(4), 2023, computed exactly as the librosa 0.10.2 recipe in
 * {@code reference/librosa-0.10.2/paper-features/README.md}:
 * <pre>
 * L = len(y) // N                                     # the remainder at the end is dropped
 * s = y[i*L:(i+1)*L]
 * [mean(chroma_stft(s)), mean(rms(s)), mean(spectral_centroid(s)), mean(spectral_bandwidth(s)),
 *  mean(spectral_rolloff(s)), mean(zero_crossing_rate(s)), mean(effects.harmonic(s)), beat_track(s)[0]]
 *  + mean(mfcc(s, n_mfcc=20), axis=1)
 * </pre>
 * Each mean runs over every element (chroma: 12 x frames gives one number). The STFT of a segment is computed once;
 * chroma, the spectral features and HPSS derive from it, and one mel dB spectrogram feeds both MFCC and the onset
 * envelope of the beat tracker (median over bands, as {@code beat_track(y=...)} uses). The harmonic column is the mean
 * of the HPSS harmonic waveform, computed by {@link Effects#harmonicMean} without synthesising the waveform.
 */
public final class PaperFeatures {

    /** Number of values per segment. */
    public static final int SIZE = 28;

    /**
     * Identifies the recipe and its librosa defaults in cache keys: change it whenever the numbers this class
     * produces change, so cached features are recomputed.
     */
    public static final String SIGNATURE = "paper-features/1 librosa-0.10.2 sr=22050 n_fft=2048 hop=512";

    /** Column names, as in the reference CSVs ({@code mfcc1} is the 0th, energy-like coefficient). */
    public static final List<String> COLUMNS = columns();

    private PaperFeatures() {
    }

    /**
     * The 28 features of one segment.
     *
     * @param segment mono signal, at least one STFT frame (2048 samples) long
     * @param sr      sample rate in Hz (the recipe uses librosa.load's 22050)
     * @return {@code [28]} in {@link #COLUMNS} order
     * @throws ParameterException if the segment is too short or holds non-finite samples
     */
    public static double[] of(float[] segment, double sr) {
        return of(segment, sr, null);
    }

    /**
     * {@link #of(float[], double)} adding each stage's thread CPU time to {@code stages} (null: not timed), for
     * {@code merlab bench-features}.
     */
    public static double[] of(float[] segment, double sr, Stages stages) {
        if (stages != null) {
            stages.start();
        }
        if (segment.length < StftOptions.DEFAULT.nFft()) {
            throw new ParameterException("a segment needs at least " + StftOptions.DEFAULT.nFft()
                    + " samples, got " + segment.length);
        }
        Spectrogram spectrum = Stft.stft(segment, StftOptions.DEFAULT);
        float[][] magnitude = spectrum.magnitude();
        float[][] power = spectrum.power();
        lap(stages, Stage.STFT);
        float[][] melDb = Mel.powerToDb(Mel.melspectrogram(power, sr));
        lap(stages, Stage.MEL);
        float[] onset = Onset.onsetStrength(melDb, Onset.Aggregate.MEDIAN);
        lap(stages, Stage.ONSET);
        double tempo = Beat.beatTrackOnsets(onset, TempoOptions.DEFAULT.withRate(sr, StftOptions.DEFAULT.hop()), 100, true)
                .tempo();
        lap(stages, Stage.TEMPO);

        double[] out = new double[SIZE];
        out[0] = mean(Chroma.chromaStft(power, sr));
        lap(stages, Stage.CHROMA);
        out[1] = mean(Spectral.rms(segment));
        out[2] = mean(Spectral.spectralCentroid(magnitude, sr));
        out[3] = mean(Spectral.spectralBandwidth(magnitude, sr));
        out[4] = mean(Spectral.spectralRolloff(magnitude, sr, Spectral.ROLL_PERCENT));
        out[5] = mean(Spectral.zeroCrossingRate(segment));
        lap(stages, Stage.SPECTRAL);
        out[6] = Effects.harmonicMean(spectrum, magnitude, segment.length, HpssOptions.DEFAULT, StftOptions.DEFAULT);
        lap(stages, Stage.HPSS);
        out[7] = tempo;
        float[][] mfcc = Mel.mfcc(melDb, Mel.N_MFCC);
        for (int k = 0; k < Mel.N_MFCC; k++) {
            out[8 + k] = mean(mfcc[k]);
        }
        lap(stages, Stage.MFCC);
        return out;
    }

    private static void lap(Stages stages, Stage stage) {
        if (stages != null) {
            stages.lap(stage);
        }
    }

    /** The steps of {@link #of(float[], double)} in the order it runs them. */
    public enum Stage {
        STFT("STFT, magnitude, power"), MEL("mel spectrogram, dB"), ONSET("onset strength"),
        TEMPO("tempo and beat tracking"), CHROMA("chroma"), SPECTRAL("rms, centroid, bandwidth, rolloff, zcr"),
        HPSS("HPSS harmonic mean"), MFCC("MFCC");

        private final String description;

        Stage(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Thread CPU time per {@link Stage}, summed over the segments of one thread (not thread-safe). */
    public static final class Stages {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long[] nanos = new long[Stage.values().length];
        private long last;

        void start() {
            last = THREADS.getCurrentThreadCpuTime();
        }

        void lap(Stage stage) {
            long now = THREADS.getCurrentThreadCpuTime();
            nanos[stage.ordinal()] += now - last;
            last = now;
        }

        /** Thread CPU seconds spent in {@code stage}. */
        public double seconds(Stage stage) {
            return nanos[stage.ordinal()] / 1e9;
        }
    }

    /**
     * Cuts {@code y} into {@code n} equal consecutive segments of {@code len(y) / n} samples; the remainder is dropped.
     *
     * @throws ParameterException if {@code n < 1}
     */
    public static float[][] split(float[] y, int n) {
        if (n < 1) {
            throw new ParameterException("the number of segments must be at least 1, got " + n);
        }
        int length = y.length / n;
        float[][] out = new float[n][];
        for (int i = 0; i < n; i++) {
            out[i] = Arrays.copyOfRange(y, i * length, (i + 1) * length);
        }
        return out;
    }

    /**
     * The features of every segment of a track cut into {@code n} parts ({@link #split}), computed on
     * {@code threads} threads (1 for none).
     *
     * @return {@code [n][28]}
     */
    public static double[][] ofSegments(float[] y, int n, double sr, int threads) {
        return of(split(y, n), sr, threads);
    }

    /**
     * The features of each of {@code segments}, computed on {@code threads} threads (1 for none).
     *
     * @return {@code [segments][28]}, in the order given
     */
    public static double[][] of(float[][] segments, double sr, int threads) {
        if (threads <= 1 || segments.length < 2) {
            return Arrays.stream(segments).map(s -> of(s, sr)).toArray(double[][]::new);
        }
        try (var pool = new java.util.concurrent.ForkJoinPool(threads)) {
            return pool.submit(() -> IntStream.range(0, segments.length).parallel().mapToObj(i -> of(segments[i], sr))
                    .toArray(double[][]::new)).join();
        }
    }

    private static double mean(float[][] m) {
        double sum = 0;
        long count = 0;
        for (float[] row : m) {
            for (float v : row) {
                sum += v;
            }
            count += row.length;
        }
        return sum / count;
    }

    private static double mean(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    private static List<String> columns() {
        List<String> names = new ArrayList<>(List.of("chroma_stft", "rms", "spectral_centroid", "spectral_bandwidth",
                "spectral_rolloff", "zero_crossing_rate", "harmonic", "tempo"));
        for (int k = 1; k <= Mel.N_MFCC; k++) {
            names.add("mfcc" + k);
        }
        return List.copyOf(names);
    }
}
