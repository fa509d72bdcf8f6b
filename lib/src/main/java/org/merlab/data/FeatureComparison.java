package org.merlab.data;

import org.merlab.features.PaperFeatures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Our paper features beside librosa 0.10.2's for the same segments, when a reference table is at hand: the
 * {@code paper_features_N<N>.csv} files of {@code reference/librosa-0.10.2/paper-features/} in the shared data
 * folder (columns {@code track_id, genre, n_segments, segment, <28 features>}, six Emotify tracks). The product never
 * needs them: without one, or on the embedded corpus (synthetic audio librosa never saw), the comparison is empty and
 * its note says why.
 *
 * @param note  one sentence on what was compared, or why nothing was
 * @param table per feature: {@code feature, segments, mean_abs_reference, mean_abs_diff, max_abs_diff, max_rel_diff}
 *              ({@code |ours - librosa|}, relative to {@code |librosa|}); no rows when nothing was compared
 */
public record FeatureComparison(String note, Table table) {

    /** The reference file for N segments in {@code referenceDir}. */
    public static Path referenceFile(Path referenceDir, int nSegments) {
        return referenceDir.resolve("paper_features_N" + nSegments + ".csv");
    }

    /**
     * Joins {@code ours} ({@link FeatureTables#paper} of {@code ds} with {@code nSegments}) to the reference rows of
     * the same track id and segment.
     *
     * @throws DatasetException if the reference file exists but cannot be read or lacks a key or feature column
     */
    public static FeatureComparison of(LoadedDataset<EmotifyTrack> ds, FeatureTable ours, int nSegments,
                                       Path referenceDir) {
        if (ds.name().equals(EmbeddedCorpus.NAME)) {
            return empty("The embedded corpus is synthetic, so librosa has no values for it (no Python here); the "
                    + "conformance tests (PaperFeaturesEndToEndTest) compare these features with librosa's.");
        }
        Path file = referenceFile(referenceDir, nSegments);
        if (!Files.isRegularFile(file)) {
            return empty("No librosa reference at " + file + "; the conformance tests compare with librosa instead.");
        }
        Table reference = read(file);
        Map<String, Integer> refRow = new HashMap<>();
        IntColumn refTrack = reference.intColumn(FeatureTables.TRACK_ID);
        IntColumn refSegment = reference.intColumn(FeatureTables.SEGMENT);
        IntColumn refN = reference.intColumn("n_segments");
        for (int r = 0; r < reference.rowCount(); r++) {
            if (refN.getInt(r) == nSegments) {
                refRow.put(refTrack.getInt(r) + "/" + refSegment.getInt(r), r);
            }
        }
        Table t = ours.table();
        int[][] pairs = new int[t.rowCount()][];
        int matched = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            Integer other = refRow.get(t.intColumn(FeatureTables.TRACK_ID).getInt(r) + "/"
                    + t.intColumn(FeatureTables.SEGMENT).getInt(r));
            if (other != null) {
                pairs[matched++] = new int[] {r, other};
            }
        }
        if (matched == 0) {
            return empty("None of the " + reference.rowCount() + " reference segments in " + file
                    + " belongs to a track of this table.");
        }
        Table out = emptyTable();
        for (String feature : PaperFeatures.COLUMNS) {
            if (!reference.containsColumn(feature)) {
                throw new DatasetException(file, 1, "no column '" + feature + "'");
            }
            NumericColumn<?> refValues = reference.numberColumn(feature);
            DoubleColumn ourValues = t.doubleColumn(feature);
            double sumRef = 0;
            double sumDiff = 0;
            double maxDiff = 0;
            double maxRel = 0;
            for (int i = 0; i < matched; i++) {
                double ref = refValues.getDouble(pairs[i][1]);
                double diff = Math.abs(ourValues.getDouble(pairs[i][0]) - ref);
                sumRef += Math.abs(ref);
                sumDiff += diff;
                maxDiff = Math.max(maxDiff, diff);
                maxRel = Math.max(maxRel, diff / Math.abs(ref));
            }
            out.stringColumn("feature").append(feature);
            out.intColumn("segments").append(matched);
            out.doubleColumn("mean_abs_reference").append(sumRef / matched);
            out.doubleColumn("mean_abs_diff").append(sumDiff / matched);
            out.doubleColumn("max_abs_diff").append(maxDiff);
            out.doubleColumn("max_rel_diff").append(maxRel);
        }
        long tracks = Arrays.stream(pairs, 0, matched)
                .mapToInt(p -> t.intColumn(FeatureTables.TRACK_ID).getInt(p[0])).distinct().count();
        return new FeatureComparison("Compared " + matched + " segments of " + tracks + " tracks with librosa 0.10.2 ("
                + file + ").", out);
    }

    private static FeatureComparison empty(String note) {
        return new FeatureComparison(note, emptyTable());
    }

    private static Table emptyTable() {
        return Table.create("ours vs librosa 0.10.2", StringColumn.create("feature"), IntColumn.create("segments"),
                DoubleColumn.create("mean_abs_reference"), DoubleColumn.create("mean_abs_diff"),
                DoubleColumn.create("max_abs_diff"), DoubleColumn.create("max_rel_diff"));
    }

    private static Table read(Path file) {
        try {
            Table table = Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).build());
            for (String key : new String[] {FeatureTables.TRACK_ID, "n_segments", FeatureTables.SEGMENT}) {
                if (!table.containsColumn(key) || !(table.column(key) instanceof IntColumn)) {
                    throw new DatasetException(file, 1, "no integer column '" + key + "'");
                }
            }
            return table;
        } catch (DatasetException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DatasetException(file, "not a readable reference feature table: " + e.getMessage(), e);
        }
    }
}
