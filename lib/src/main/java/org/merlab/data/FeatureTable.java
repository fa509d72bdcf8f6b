package org.merlab.data;

import org.merlab.features.BatchExtractor;

import java.util.List;
import java.util.Objects;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A dataset's paper-feature table ({@link FeatureTables#paper}) and how it was built.
 *
 * @param table        one row per segment: {@code track_id, genre, segment, emotion}, the nine GEMS shares, then the
 *                     28 {@link org.merlab.features.PaperFeatures#COLUMNS}; tracks in dataset order, segments in order
 * @param skipped      tracks whose audio could not be turned into features (corrupt, too short), with the reason
 * @param buildSeconds wall-clock seconds of the whole build (decoding, extraction, cache reads and writes)
 * @param cacheHits    tracks read from the cache instead of extracted
 * @param audioSeconds seconds of audio the table's segments cover (the dropped remainder of each track excluded)
 */
public record FeatureTable(Table table, List<BatchExtractor.Skipped> skipped, double buildSeconds, int cacheHits,
                           double audioSeconds) {

    public FeatureTable {
        Objects.requireNonNull(table, "table");
        skipped = List.copyOf(skipped);
    }

    /** Tracks in the table. */
    public int tracks() {
        return table.intColumn(FeatureTables.TRACK_ID).countUnique();
    }

    /** Seconds of audio covered per second of build time: the build's speed relative to real time. */
    public double realTimeFactor() {
        return audioSeconds / buildSeconds;
    }

    /**
     * One row per build: {@code table} (its name), {@code tracks}, {@code segments} (rows), {@code skipped},
     * {@code cache_hits}, {@code build_s}, {@code audio_s}, {@code audio_s_per_s} ({@link #realTimeFactor()}).
     */
    public static Table timings(List<FeatureTable> builds) {
        return Table.create("feature table builds",
                StringColumn.create("table", builds.stream().map(b -> b.table().name())),
                IntColumn.create("tracks", builds.stream().mapToInt(FeatureTable::tracks)),
                IntColumn.create("segments", builds.stream().mapToInt(b -> b.table().rowCount())),
                IntColumn.create("skipped", builds.stream().mapToInt(b -> b.skipped().size())),
                IntColumn.create("cache_hits", builds.stream().mapToInt(FeatureTable::cacheHits)),
                DoubleColumn.create("build_s", builds.stream().mapToDouble(FeatureTable::buildSeconds)),
                DoubleColumn.create("audio_s", builds.stream().mapToDouble(FeatureTable::audioSeconds)),
                DoubleColumn.create("audio_s_per_s", builds.stream().mapToDouble(FeatureTable::realTimeFactor)));
    }
}
