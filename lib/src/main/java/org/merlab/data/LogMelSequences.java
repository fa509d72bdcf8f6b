package org.merlab.data;

import org.merlab.features.BatchExtractor;

import java.util.List;
import java.util.Objects;

import tech.tablesaw.api.Table;

/**
 * Per-segment log-mel spectrograms of a dataset ({@link FeatureTables#logMel}), for sequence models.
 *
 * @param keys         one row per segment with the feature table's key and label columns ({@code track_id, genre,
 *                     segment, emotion}, nine GEMS shares); row {@code i} describes {@code sequences.get(i)}
 * @param sequences    {@code [frames][nMels]} per segment, frames as time steps; every segment of a track has the same
 *                     frame count, {@code 1 + (len(y) / N) / 512}, so tracks of other lengths have other counts
 * @param nMels        mel bands per frame
 * @param skipped      tracks whose audio could not be used, with the reason
 * @param buildSeconds wall-clock seconds of the whole build
 * @param cacheHits    tracks read from the cache instead of extracted
 */
public record LogMelSequences(Table keys, List<float[][]> sequences, int nMels, List<BatchExtractor.Skipped> skipped,
                              double buildSeconds, int cacheHits) {

    public LogMelSequences {
        Objects.requireNonNull(keys, "keys");
        if (keys.rowCount() != sequences.size()) {
            throw new IllegalArgumentException("need one key row per sequence, got " + keys.rowCount() + " rows for "
                    + sequences.size() + " sequences");
        }
        sequences = List.copyOf(sequences);
        skipped = List.copyOf(skipped);
    }

    /** The fewest frames of any segment, the length a fixed-size model input can crop every sequence to. */
    public int minFrames() {
        return sequences.stream().mapToInt(s -> s.length).min().orElse(0);
    }
}
