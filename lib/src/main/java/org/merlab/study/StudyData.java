package org.merlab.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.merlab.data.DatasetChoice;
import org.merlab.data.Emotify;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.FeatureTable;
import org.merlab.data.FeatureTables;
import org.merlab.data.Gems;
import org.merlab.data.LoadedDataset;
import org.merlab.features.BatchExtractor;
import org.merlab.features.FixedSegments;
import org.merlab.features.PaperFeatures;
import org.merlab.notebook.Params;
import org.merlab.prep.Samples;
import org.merlab.report.Fingerprint;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The study's input: an Emotify-layout dataset (the one {@link Params#data()} chose: {@code MERLAB_DATA}, a fetched
 * {@code data/raw/emotify/}, or the embedded synthetic corpus) turned into one {@link Samples} table per
 * segmentation, the paper's Section 3 data preparation: each track cut into N equal segments
 * ({@link PaperFeatures#split}), 28 features per segment, label = the track's dominant GEMS emotion
 * ({@link Gems#dominant}), group = the track id. Every notebook loads its dataset here, so all of them use the same
 * tracks.
 *
 * @param dataset         the loaded tracks (possibly thinned to {@code MERLAB_LIMIT})
 * @param root            the dataset's directory
 * @param fingerprint     {@link Fingerprint} of the annotation files and the audio files used
 * @param maxSkippedShare the largest share of tracks {@link #segmentTables} may skip as bad input
 *                        ({@code MERLAB_MAX_SKIPPED})
 */
public record StudyData(LoadedDataset<EmotifyTrack> dataset, Path root, String fingerprint, double maxSkippedShare) {

    public StudyData {
        if (!(maxSkippedShare >= 0 && maxSkippedShare <= 1)) {
            throw new StudyException("the largest skipped share must be in [0, 1], got " + maxSkippedShare);
        }
    }

    /**
     * The dataset {@code params} chose ({@link Params#data()}; the embedded corpus is generated on first use), read
     * with the Emotify loader, then thinned to {@link Params#limit()} tracks with {@link LoadedDataset#limit}
     * (round-robin over genres). It is named {@link Params#dataset()}, so reports land in {@code reports/<dataset>/}.
     *
     * @throws StudyException if it has no tracks with audio
     */
    public static StudyData load(Params params) {
        DatasetChoice choice = params.data();
        Path root = choice.directory();
        LoadedDataset<EmotifyTrack> loaded = choice.real()
                ? Emotify.loadDirectory(root)
                : Emotify.load(root.resolve(Emotify.OFFICIAL_FILE), root, choice.name());
        List<EmotifyTrack> tracks = loaded.limit(params.limit()).tracks();
        if (tracks.isEmpty()) {
            throw new StudyException("dataset " + root + " has no tracks with audio");
        }
        List<Path> files = new ArrayList<>(tracks.stream().map(EmotifyTrack::audio).toList());
        Stream.of(Emotify.OFFICIAL_FILE, Emotify.AGGREGATED_FILE).map(root::resolve).filter(Files::isRegularFile)
                .forEach(files::add);
        return new StudyData(new LoadedDataset<>(params.dataset(), tracks, loaded.missingAudio()), root,
                Fingerprint.ofFiles(root, files), params.maxSkippedShare());
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
        return new SegmentTable(segments, samples(features, PaperFeatures.COLUMNS), features.skipped());
    }

    /**
     * The rich feature table for {@code segments} segments per track ({@link FeatureTables#rich}: the paper's
     * harmonic mean and tempo, then means and standard deviations of 65 frame-feature rows); rows, labels, classes
     * and groups as in {@link #segments(int, Path, int)}, so both tables of one N hold the same rows in one order
     * when no track is skipped by one build only.
     *
     * @param cacheDir feature cache folder, or null for none
     * @param threads  tracks extracted in parallel
     */
    public SegmentTable richSegments(int segments, Path cacheDir, int threads) {
        if (segments < 1) {
            throw new StudyException("segments must be at least 1, got " + segments);
        }
        FeatureTable features = FeatureTables.rich(dataset, segments, cacheDir, threads);
        return new SegmentTable(segments, samples(features, FeatureTables.RICH_COLUMNS), features.skipped());
    }

    /** Every track's nine GEMS shares ({@link EmotifyTrack#fractions()}, GEMS order) by track id, the groups' names. */
    public Map<String, double[]> shares() {
        Map<String, double[]> shares = new LinkedHashMap<>();
        dataset.tracks().forEach(t -> shares.put(t.id(), t.fractions()));
        return shares;
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
        return new WindowTable(layout, samples(features, PaperFeatures.COLUMNS), features.skipped());
    }

    /** A feature table's {@code columns} as labelled rows grouped by track. */
    private static Samples samples(FeatureTable features, List<String> columns) {
        Table t = features.table();
        List<String> emotions = t.stringColumn(FeatureTables.EMOTION).asList();
        List<String> classes = Arrays.stream(Gems.values()).map(Gems::label).filter(emotions::contains).toList();
        double[][] x = new double[t.rowCount()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            DoubleColumn column = t.doubleColumn(columns.get(c));
            for (int r = 0; r < x.length; r++) {
                x[r][c] = column.getDouble(r);
            }
        }
        int[] y = emotions.stream().mapToInt(classes::indexOf).toArray();
        String[] group = t.intColumn(FeatureTables.TRACK_ID).asList().stream().map(String::valueOf)
                .toArray(String[]::new);
        return new Samples(x, y, group, classes);
    }

    /**
     * {@link #segments} for each N, cached under {@code repoRoot/}{@link FeatureTables#DEFAULT_CACHE}, on all
     * processors. Skipped tracks are listed on stderr.
     *
     * @throws StudyException if more than {@link #maxSkippedShare} of the tracks were skipped at some N
     */
    public SegmentTables segmentTables(List<Integer> segmentCounts, Path repoRoot) {
        return tables(segmentCounts, repoRoot, this::segments);
    }

    /**
     * {@link #richSegments} for each N, cached and checked for skipped tracks as {@link #segmentTables} does.
     *
     * @throws StudyException if more than {@link #maxSkippedShare} of the tracks were skipped at some N
     */
    public SegmentTables richTables(List<Integer> segmentCounts, Path repoRoot) {
        return tables(segmentCounts, repoRoot, this::richSegments);
    }

    private interface TableBuilder {
        SegmentTable build(int segments, Path cacheDir, int threads);
    }

    private SegmentTables tables(List<Integer> segmentCounts, Path repoRoot, TableBuilder builder) {
        Map<Integer, Samples> tables = new LinkedHashMap<>();
        Map<Integer, List<BatchExtractor.Skipped>> skipped = new LinkedHashMap<>();
        for (int n : segmentCounts) {
            SegmentTable table = builder.build(n, repoRoot.resolve(FeatureTables.DEFAULT_CACHE),
                    Runtime.getRuntime().availableProcessors());
            table.skipped().forEach(s -> System.err.println("skipped " + s.file() + ": " + s.reason()));
            tables.put(n, table.samples());
            skipped.put(n, table.skipped());
        }
        SegmentTables result = new SegmentTables(tables, skipped, dataset.tracks().size());
        int allowed = (int) Math.floor(maxSkippedShare * result.tracks() + 1e-9);
        if (result.skippedTracks().size() > allowed) {
            throw new StudyException(result.skippedTracks().size() + " of " + result.tracks() + " tracks of "
                    + dataset.name() + " could not be turned into features, more than MERLAB_MAX_SKIPPED="
                    + Math.round(maxSkippedShare * 1000) / 10.0 + "% allows (" + allowed + "): "
                    + result.skippedTracks().stream().limit(5).map(s -> s.file() + " (" + s.reason() + ")").toList()
                    + (result.skippedTracks().size() > 5 ? " ..." : "")
                    + "; repair or remove those files, or raise MERLAB_MAX_SKIPPED");
        }
        return result;
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
