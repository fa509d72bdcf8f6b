package org.merlab.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.merlab.data.EmbeddedCorpus;
import org.merlab.data.Emotify;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.FeatureTable;
import org.merlab.data.FeatureTables;
import org.merlab.data.Gems;
import org.merlab.data.LoadedDataset;
import org.merlab.data.SyntheticEmotify;
import org.merlab.features.BatchExtractor;
import org.merlab.features.FixedSegments;
import org.merlab.features.PaperFeatures;
import org.merlab.notebook.Params;
import org.merlab.prep.Samples;
import org.merlab.report.Fingerprint;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The study's input: an Emotify-layout dataset (the embedded synthetic corpus by default, {@code MERLAB_DATA}
 * otherwise) turned into one {@link Samples} table per segmentation, the paper's Section 3 data preparation: each
 * track cut into N equal segments ({@link PaperFeatures#split}), 28 features per segment, label = the track's
 * dominant GEMS emotion ({@link Gems#dominant}), group = the track id.
 *
 * @param dataset     the loaded tracks (possibly thinned to {@code MERLAB_LIMIT})
 * @param root        the dataset's directory
 * @param fingerprint {@link Fingerprint} of the annotation files and the audio files used
 */
public record StudyData(LoadedDataset<EmotifyTrack> dataset, Path root, String fingerprint) {

    /** Tracks kept from a real dataset in smoke mode when {@code MERLAB_LIMIT} is unset. */
    public static final int SMOKE_TRACKS = 36;
    /**
     * The embedded corpus in smoke mode: the default's 72 tracks (about 8 per dominant emotion, the fewest a
     * 70/15/15 track split by class needs to leave validation and test non-empty) at the smoke corpus's 6 s.
     */
    public static final SyntheticEmotify.Options SMOKE_CORPUS = new SyntheticEmotify.Options(
            SyntheticEmotify.Options.DEFAULT.seed(), SyntheticEmotify.Options.DEFAULT.tracksPerGenreAndEmotion(),
            SyntheticEmotify.Options.SMOKE.seconds(), SyntheticEmotify.Options.DEFAULT.minParticipants(),
            SyntheticEmotify.Options.DEFAULT.maxParticipants());

    /**
     * The dataset {@code params} name: {@code MERLAB_DATA} loaded with {@link Emotify#loadDirectory}, or the embedded
     * corpus ({@link #SMOKE_CORPUS} in smoke mode, else the default), then thinned to
     * {@link Params#limit(int)} tracks with {@link LoadedDataset#limit} (round-robin over genres).
     *
     * @param repoRoot where {@code data/embedded} lives
     */
    public static StudyData load(Params params, Path repoRoot) {
        Path root = params.data().orElseGet(() -> EmbeddedCorpus.ensure(repoRoot,
                params.choose(SyntheticEmotify.Options.DEFAULT, SMOKE_CORPUS)));
        LoadedDataset<EmotifyTrack> loaded = params.data().isPresent()
                ? Emotify.loadDirectory(root)
                : Emotify.load(root.resolve(Emotify.OFFICIAL_FILE), root, EmbeddedCorpus.NAME);
        int limit = params.limit(params.data().isPresent() ? SMOKE_TRACKS : 0);
        List<EmotifyTrack> tracks = loaded.limit(limit).tracks();
        if (tracks.isEmpty()) {
            throw new StudyException("dataset " + root + " has no tracks with audio");
        }
        List<Path> files = new ArrayList<>(tracks.stream().map(EmotifyTrack::audio).toList());
        Stream.of(Emotify.OFFICIAL_FILE, Emotify.AGGREGATED_FILE).map(root::resolve).filter(Files::isRegularFile)
                .forEach(files::add);
        return new StudyData(new LoadedDataset<>(params.dataset(), tracks, loaded.missingAudio()), root,
                Fingerprint.ofFiles(root, files));
    }

    /**
     * The paper's feature table for {@code segments} segments per track ({@link FeatureTables#paper}): rows in track
     * order, then segment order. Classes are the dominant emotions that occur, in GEMS order. Tracks whose audio
     * fails to decode are skipped and listed.
     *
     * @param cacheDir feature cache folder, or null for none
     * @param threads  tracks extracted in parallel
     */
    public SegmentTable segments(int segments, Path cacheDir, int threads) {
        if (segments < 1) {
            throw new StudyException("segments must be at least 1, got " + segments);
        }
        FeatureTable features = FeatureTables.paper(dataset, segments, cacheDir, threads);
        return new SegmentTable(segments, samples(features), features.skipped());
    }

    /**
     * The paper's feature table with every track cut into segments of a fixed length
     * ({@link FeatureTables#paper(LoadedDataset, FixedSegments, Path, int)}), as a deployed model is trained; labels,
     * classes and groups as in {@link #segments(int, Path, int)}. Tracks shorter than one segment are skipped.
     *
     * @param cacheDir feature cache folder, or null for none
     * @param threads  tracks extracted in parallel
     */
    public WindowTable windows(FixedSegments layout, Path cacheDir, int threads) {
        FeatureTable features = FeatureTables.paper(dataset, layout, cacheDir, threads);
        if (features.table().rowCount() == 0) {
            throw new StudyException("no track of " + root + " gave a " + layout.segmentSeconds() + " s segment");
        }
        return new WindowTable(layout, samples(features), features.skipped());
    }

    /** A feature table as labelled rows grouped by track. */
    private static Samples samples(FeatureTable features) {
        Table t = features.table();
        List<String> emotions = t.stringColumn(FeatureTables.EMOTION).asList();
        List<String> classes = Arrays.stream(Gems.values()).map(Gems::label).filter(emotions::contains).toList();
        double[][] x = new double[t.rowCount()][PaperFeatures.SIZE];
        for (int c = 0; c < PaperFeatures.SIZE; c++) {
            DoubleColumn column = t.doubleColumn(PaperFeatures.COLUMNS.get(c));
            for (int r = 0; r < x.length; r++) {
                x[r][c] = column.getDouble(r);
            }
        }
        int[] y = emotions.stream().mapToInt(classes::indexOf).toArray();
        String[] group = t.intColumn(FeatureTables.TRACK_ID).asList().stream().map(String::valueOf)
                .toArray(String[]::new);
        return new Samples(x, y, group, classes);
    }

    /** {@link #segments} for each N, cached under {@code repoRoot/}{@link FeatureTables#DEFAULT_CACHE}, on all processors. */
    public Map<Integer, Samples> segmentTables(List<Integer> segmentCounts, Path repoRoot) {
        Map<Integer, Samples> tables = new LinkedHashMap<>();
        for (int n : segmentCounts) {
            SegmentTable table = segments(n, repoRoot.resolve(FeatureTables.DEFAULT_CACHE),
                    Runtime.getRuntime().availableProcessors());
            table.skipped().forEach(s -> System.err.println("skipped " + s.file() + ": " + s.reason()));
            tables.put(n, table.samples());
        }
        return tables;
    }

    /**
     * One segmentation's table.
     *
     * @param segments segments per track, N
     * @param samples  {@code [tracks * N][28]} with labels and track ids
     * @param skipped  tracks whose audio could not be processed
     */
    public record SegmentTable(int segments, Samples samples, List<BatchExtractor.Skipped> skipped) {

        public SegmentTable {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * A table of fixed-length segments.
     *
     * @param layout  segment length and hop
     * @param samples one row per segment with labels and track ids
     * @param skipped tracks whose audio could not be processed or is shorter than one segment
     */
    public record WindowTable(FixedSegments layout, Samples samples, List<BatchExtractor.Skipped> skipped) {

        public WindowTable {
            skipped = List.copyOf(skipped);
        }
    }
}
