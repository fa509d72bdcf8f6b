package org.merlab.data;

import org.merlab.audio.Audio;
import org.merlab.features.BatchExtractor;
import org.merlab.features.FeatureCache;
import org.merlab.features.FixedSegments;
import org.merlab.features.FrameStatistics;
import org.merlab.features.Mel;
import org.merlab.features.PaperFeatures;
import org.merlab.features.ParameterException;
import org.merlab.features.Stft;
import org.merlab.features.StftOptions;
import org.merlab.io.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Feature tables of an Emotify-layout dataset: every track cut into N equal segments ({@link PaperFeatures#split},
 * N = 10 or 20 in the paper), one row per segment with the track's labels joined. Built in parallel over tracks by
 * {@link BatchExtractor}, with a progress bar, through a {@link FeatureCache} keyed by the audio bytes' SHA-256, the
 * decoders' and resampler's versions, the recipe's signature and N, so a second build reads every track from the
 * cache and a change of N, of the recipe or of decoding recomputes. A track whose audio cannot be decoded or is too short is listed as skipped and leaves no cache entry.
 */
public final class FeatureTables {

    public static final String TRACK_ID = "track_id";
    public static final String GENRE = "genre";
    public static final String SEGMENT = "segment";
    public static final String EMOTION = "emotion";

    /** The key columns every table starts with. */
    public static final List<String> KEY_COLUMNS = List.of(TRACK_ID, GENRE, SEGMENT, EMOTION);

    /** The nine GEMS shares after the keys, named as {@link Gems#label()}, in GEMS order. */
    public static final List<String> FRACTION_COLUMNS =
            Arrays.stream(Gems.values()).map(Gems::label).toList();

    /**
     * The feature columns of {@link #rich}: the paper's two per-segment scalars that are not frame means
     * ({@code harmonic}, {@code tempo}), then {@link FrameStatistics#COLUMNS}.
     */
    public static final List<String> RICH_COLUMNS = richColumns();

    /**
     * Default mel bands of {@link #logMel}: librosa's {@code n_mels} default, so each sequence is librosa's default
     * {@code power_to_db(melspectrogram(y=s))}, the function MelTest checks against librosa's fixtures, and the
     * notebooks' mel figures show the same bands. 64 would halve memory and cache size (about 2.6 MB per minute of
     * audio at 128 bands, cached as float64) but match no reference.
     */
    public static final int DEFAULT_N_MELS = Mel.N_MELS;

    /** The conventional cache folder, relative to the repository root (git-ignored). */
    public static final Path DEFAULT_CACHE = Path.of("data", "processed", "features");

    private FeatureTables() {
    }

    /**
     * The 28 paper features of every segment ({@link PaperFeatures#ofSegments}) with the labels joined: columns
     * {@code track_id, genre, segment, emotion} (the dominant GEMS label), the nine GEMS shares
     * ({@link #FRACTION_COLUMNS}), then {@link PaperFeatures#COLUMNS}; {@code rows = tracks x nSegments}.
     *
     * @param cacheDir cache folder (created when needed), or null for no cache
     * @param threads  tracks extracted at once, at least 1
     * @throws IllegalArgumentException if {@code nSegments} or {@code threads} is below 1
     */
    public static FeatureTable paper(LoadedDataset<EmotifyTrack> ds, int nSegments, Path cacheDir, int threads) {
        requireSegments(nSegments);
        return paper(ds, "N=" + nSegments, paperSignature(nSegments), y -> PaperFeatures.split(y, nSegments),
                cacheDir, threads);
    }

    /**
     * {@link #paper(LoadedDataset, int, Path, int)} with every track cut into segments of a fixed length
     * ({@link FixedSegments#cut}), as a deployed model is trained: the number of rows per track follows its length.
     * A track shorter than one segment is skipped and listed.
     */
    public static FeatureTable paper(LoadedDataset<EmotifyTrack> ds, FixedSegments segments, Path cacheDir,
                                     int threads) {
        return paper(ds, segments.segmentSeconds() + " s segments", paperSignature(segments), y -> {
            List<FixedSegments.Segment> cut = segments.cut(y, Audio.DEFAULT_SR);
            if (!cut.getFirst().complete()) {
                throw new ParameterException(String.format(Locale.ROOT,
                        "the track is %.2f s long, shorter than one %s s segment", y.length / (double) Audio.DEFAULT_SR,
                        segments.segmentSeconds()));
            }
            return cut.stream().map(FixedSegments.Segment::samples).toArray(float[][]::new);
        }, cacheDir, threads);
    }

    private static FeatureTable paper(LoadedDataset<EmotifyTrack> ds, String layout, String signature,
                                      Function<float[], float[][]> cutter, Path cacheDir, int threads) {
        String name = "paper features " + ds.name() + " " + layout;
        Built built = build(ds, name, signature, file -> {
            float[][] segments = cutter.apply(Audio.load(file).samples());
            // The segment length rides along in the cache so a warm build still knows the audio it covers.
            double[][] out = new double[segments.length][];
            for (int i = 0; i < segments.length; i++) {
                out[i] = Arrays.copyOf(PaperFeatures.of(segments[i], Audio.DEFAULT_SR), PaperFeatures.SIZE + 1);
                out[i][PaperFeatures.SIZE] = segments[i].length;
            }
            return out;
        }, cacheDir, threads);

        Keys keys = new Keys();
        List<DoubleColumn> features = PaperFeatures.COLUMNS.stream().map(DoubleColumn::create).toList();
        double samples = 0;
        for (EmotifyTrack track : ds.tracks()) {
            double[][] rows = built.rows.get(track.audio());
            if (rows == null) {
                continue;
            }
            for (int s = 0; s < rows.length; s++) {
                keys.add(track, s);
                for (int c = 0; c < PaperFeatures.SIZE; c++) {
                    features.get(c).append(rows[s][c]);
                }
                samples += rows[s][PaperFeatures.SIZE];
            }
        }
        Table table = keys.table(name);
        features.forEach(table::addColumns);
        return new FeatureTable(table, built.result.skipped(), built.seconds, built.result.cacheHits(),
                samples / Audio.DEFAULT_SR);
    }

    /**
     * The rich segment table: keys and GEMS shares as in {@link #paper}, then {@link #RICH_COLUMNS}, the paper's
     * harmonic mean and tempo taken from {@link #paper}'s table (and its cache) and the {@link FrameStatistics} of
     * every segment from a second build cached under its own signature ({@link #richSignature}), so the 28-feature
     * and the rich tables of one N share their expensive HPSS and beat tracking. A track skipped by either build is
     * left out and listed. {@code buildSeconds} sums both builds; {@code cacheHits} counts the statistics build's.
     *
     * @param cacheDir cache folder (created when needed), or null for no cache
     * @throws IllegalArgumentException if {@code nSegments} or {@code threads} is below 1
     */
    public static FeatureTable rich(LoadedDataset<EmotifyTrack> ds, int nSegments, Path cacheDir, int threads) {
        FeatureTable paper = paper(ds, nSegments, cacheDir, threads);
        Built built = build(ds, "frame statistics " + ds.name() + " N=" + nSegments, richSignature(nSegments),
                file -> Arrays.stream(PaperFeatures.split(Audio.load(file).samples(), nSegments))
                        .map(s -> FrameStatistics.of(s, Audio.DEFAULT_SR)).toArray(double[][]::new),
                cacheDir, threads);
        Map<Integer, double[][]> statistics = new LinkedHashMap<>();
        ds.tracks().forEach(t -> {
            double[][] rows = built.rows.get(t.audio());
            if (rows != null) {
                statistics.put(t.trackId(), rows);
            }
        });
        Table p = paper.table();
        Selection keep = new BitmapBackedSelection();
        for (int r = 0; r < p.rowCount(); r++) {
            if (statistics.containsKey(p.intColumn(TRACK_ID).getInt(r))) {
                keep.add(r);
            }
        }
        List<String> kept = new ArrayList<>(KEY_COLUMNS);
        kept.addAll(FRACTION_COLUMNS);
        kept.addAll(RICH_COLUMNS.subList(0, 2));
        Table table = p.where(keep).selectColumns(kept.toArray(String[]::new));
        table.setName("rich features " + ds.name() + " N=" + nSegments);
        for (int c = 0; c < FrameStatistics.SIZE; c++) {
            DoubleColumn column = DoubleColumn.create(FrameStatistics.COLUMNS.get(c));
            for (int r = 0; r < table.rowCount(); r++) {
                column.append(statistics.get(table.intColumn(TRACK_ID).getInt(r))[table.intColumn(SEGMENT).getInt(r)][c]);
            }
            table.addColumns(column);
        }
        Map<Path, BatchExtractor.Skipped> skipped = new LinkedHashMap<>();
        paper.skipped().forEach(s -> skipped.put(s.file(), s));
        built.result.skipped().forEach(s -> skipped.putIfAbsent(s.file(), s));
        return new FeatureTable(table, List.copyOf(skipped.values()), paper.buildSeconds() + built.seconds,
                built.result.cacheHits(), paper.audioSeconds() * table.rowCount() / Math.max(1, p.rowCount()));
    }

    /** The cache signature of {@link #rich}'s statistics build: {@link FrameStatistics#SIGNATURE} and N. */
    static String richSignature(int nSegments) {
        return "feature-table/1 " + FrameStatistics.SIGNATURE + " segments=" + nSegments;
    }

    private static List<String> richColumns() {
        List<String> columns = new ArrayList<>(List.of("harmonic", "tempo"));
        columns.addAll(FrameStatistics.COLUMNS);
        return List.copyOf(columns);
    }

    /**
     * The log-mel spectrogram of every segment, {@code power_to_db(melspectrogram(y=s, sr=22050, n_mels=nMels))}
     * (librosa defaults: nFft 2048, hop 512, centred, Slaney mels, dB relative to 1 floored at max - 80 dB per
     * segment), transposed to {@code [frames][nMels]} so frames are a sequence model's time steps. Keys and labels as
     * in {@link #paper}.
     *
     * @param cacheDir cache folder (created when needed), or null for no cache
     * @throws IllegalArgumentException if {@code nSegments}, {@code nMels} or {@code threads} is below 1
     */
    public static LogMelSequences logMel(LoadedDataset<EmotifyTrack> ds, int nSegments, int nMels, Path cacheDir,
                                         int threads) {
        requireSegments(nSegments);
        if (nMels < 1) {
            throw new IllegalArgumentException("nMels must be at least 1, got " + nMels);
        }
        Built built = build(ds, "log-mel " + ds.name() + " N=" + nSegments, logMelSignature(nSegments, nMels),
                file -> logMelRows(Audio.load(file).samples(), nSegments, nMels), cacheDir, threads);
        Keys keys = new Keys();
        List<float[][]> sequences = new ArrayList<>();
        for (EmotifyTrack track : ds.tracks()) {
            double[][] rows = built.rows.get(track.audio());
            if (rows == null) {
                continue;
            }
            int frames = rows.length / nSegments;
            for (int s = 0; s < nSegments; s++) {
                keys.add(track, s);
                float[][] sequence = new float[frames][nMels];
                for (int t = 0; t < frames; t++) {
                    for (int m = 0; m < nMels; m++) {
                        sequence[t][m] = (float) rows[s * frames + t][m];
                    }
                }
                sequences.add(sequence);
            }
        }
        return new LogMelSequences(keys.table("log-mel " + ds.name() + " N=" + nSegments), sequences, nMels,
                built.result.skipped(), built.seconds, built.result.cacheHits());
    }

    /** The cache signature of {@link #paper}: the recipe's {@link PaperFeatures#SIGNATURE} and N. */
    static String paperSignature(int nSegments) {
        return "feature-table/1 " + PaperFeatures.SIGNATURE + " segments=" + nSegments;
    }

    /** The cache signature of fixed-length segments: the recipe's signature and the segment layout. */
    static String paperSignature(FixedSegments segments) {
        return "feature-table/1 " + PaperFeatures.SIGNATURE + " " + segments.signature();
    }

    static String logMelSignature(int nSegments, int nMels) {
        return "log-mel/1 librosa-0.10.2 sr=22050 n_fft=2048 hop=512 power_to_db(ref=1,top_db=80) segments="
                + nSegments + " n_mels=" + nMels;
    }

    /** The segments' {@code [frames][nMels]} log-mel matrices stacked: {@code [nSegments * frames][nMels]}. */
    static double[][] logMelRows(float[] y, int nSegments, int nMels) {
        float[][] segments = PaperFeatures.split(y, nSegments);
        List<double[]> rows = new ArrayList<>();
        for (float[] segment : segments) {
            float[][] db = Mel.powerToDb(Mel.melspectrogram(Stft.stft(segment, StftOptions.DEFAULT).power(),
                    Audio.DEFAULT_SR, nMels));
            for (int t = 0; t < db[0].length; t++) {
                double[] row = new double[nMels];
                for (int m = 0; m < nMels; m++) {
                    row[m] = db[m][t];
                }
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    private record Built(Map<Path, double[][]> rows, BatchExtractor.Result result, double seconds) {
    }

    private static Built build(LoadedDataset<EmotifyTrack> ds, String label, String signature,
                               BatchExtractor.FileExtractor extractor, Path cacheDir, int threads) {
        List<Path> files = ds.tracks().stream().map(EmotifyTrack::audio).toList();
        FeatureCache cache = cacheDir == null ? null : new FeatureCache(cacheDir);
        long start = System.nanoTime();
        BatchExtractor.Result result;
        try (Progress progress = Progress.start(label, files.size())) {
            result = BatchExtractor.run(files, extractor, signature, cache, threads, file -> progress.step());
        }
        return new Built(result.rows(), result, (System.nanoTime() - start) / 1e9);
    }

    private static void requireSegments(int nSegments) {
        if (nSegments < 1) {
            throw new IllegalArgumentException("nSegments must be at least 1, got " + nSegments);
        }
    }

    /** The key and label columns, filled one segment at a time. */
    private static final class Keys {
        final IntColumn trackId = IntColumn.create(TRACK_ID);
        final StringColumn genre = StringColumn.create(GENRE);
        final IntColumn segment = IntColumn.create(SEGMENT);
        final StringColumn emotion = StringColumn.create(EMOTION);
        final List<DoubleColumn> fractions = FRACTION_COLUMNS.stream().map(DoubleColumn::create).toList();

        void add(EmotifyTrack track, int s) {
            trackId.append(track.trackId());
            genre.append(track.genre());
            segment.append(s);
            emotion.append(track.label());
            double[] shares = track.fractions();
            for (int i = 0; i < shares.length; i++) {
                fractions.get(i).append(shares[i]);
            }
        }

        Table table(String name) {
            List<Column<?>> columns = new ArrayList<>(List.of(trackId, genre, segment, emotion));
            columns.addAll(fractions);
            return Table.create(name, columns);
        }
    }
}
