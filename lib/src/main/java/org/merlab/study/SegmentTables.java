package org.merlab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.merlab.features.BatchExtractor;
import org.merlab.prep.Samples;
import org.merlab.report.Provenance;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A dataset's feature tables, one per segmentation N ({@link StudyData#segmentTables}), and the tracks left out as
 * bad input, which every report made from them records.
 *
 * @param byN     the N-segment table for each N, in the order asked for
 * @param skipped for each N, the tracks whose audio could not be turned into N segments' features, and why
 * @param tracks  the tracks the tables were built from, skipped ones included
 */
public record SegmentTables(Map<Integer, Samples> byN, Map<Integer, List<BatchExtractor.Skipped>> skipped,
                            int tracks) {

    /** How many skipped files {@link #withSkipped} names in the provenance before it only counts. */
    static final int NAMED_IN_PROVENANCE = 20;

    public SegmentTables {
        byN = Collections.unmodifiableMap(new LinkedHashMap<>(byN));
        Map<Integer, List<BatchExtractor.Skipped>> copy = new LinkedHashMap<>();
        skipped.forEach((n, list) -> copy.put(n, List.copyOf(list)));
        skipped = Collections.unmodifiableMap(copy);
        if (!byN.keySet().equals(skipped.keySet())) {
            throw new StudyException("tables for N=" + byN.keySet() + " but skipped lists for N=" + skipped.keySet());
        }
    }

    /** The N-segment table. */
    public Samples get(int segments) {
        Samples table = byN.get(segments);
        if (table == null) {
            throw new StudyException("no feature table for N=" + segments + "; have N=" + byN.keySet());
        }
        return table;
    }

    /** The segmentations built. */
    public Set<Integer> segmentCounts() {
        return byN.keySet();
    }

    /** Every track skipped at some N, once, with the reason of the first N that skipped it. */
    public List<BatchExtractor.Skipped> skippedTracks() {
        Map<Path, BatchExtractor.Skipped> byFile = new LinkedHashMap<>();
        skipped.values().forEach(list -> list.forEach(s -> byFile.putIfAbsent(s.file(), s)));
        return List.copyOf(byFile.values());
    }

    /** One row per skipped track and N: {@code segments, file, reason}; no rows when nothing was skipped. */
    public Table skippedTable() {
        Table table = Table.create("skipped-tracks", IntColumn.create("segments"), StringColumn.create("file"),
                StringColumn.create("reason"));
        skipped.forEach((n, list) -> list.forEach(s -> {
            table.intColumn("segments").append(n);
            table.stringColumn("file").append(s.file().toString());
            table.stringColumn("reason").append(s.reason());
        }));
        return table;
    }

    /**
     * {@code base} with parameter {@code skippedTracks}: "0 of 72", or "2 of 120: rock/3.mp3 (truncated); ..."
     * (the first {@value #NAMED_IN_PROVENANCE} named), so every figure and table says what it left out.
     */
    public Provenance withSkipped(Provenance base) {
        List<BatchExtractor.Skipped> all = skippedTracks();
        List<String> named = new ArrayList<>();
        all.stream().limit(NAMED_IN_PROVENANCE).forEach(s -> named.add(s.file() + " (" + s.reason() + ")"));
        String value = all.size() + " of " + tracks + (named.isEmpty() ? "" : ": " + String.join("; ", named))
                + (all.size() > NAMED_IN_PROVENANCE ? "; ..." : "");
        return base.withParameters(Map.of("skippedTracks", value));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        byN.forEach((n, table) -> s.append("N=").append(n).append(": ").append(table).append('\n'));
        return s.append("skipped ").append(skippedTracks().size()).append(" of ").append(tracks).append(" tracks")
                .toString();
    }
}
