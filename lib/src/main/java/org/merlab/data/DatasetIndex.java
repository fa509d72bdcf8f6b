package org.merlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.merlab.io.AtomicFiles;
import org.merlab.io.Sha256;

/**
 * A checksum index of a dataset copy, in the style of mirdata's indexes: one entry per file a loader reads (the
 * annotation file and every track's audio), with its size and SHA-256, so a copy can be checked file by file
 * ({@link #validate}) instead of trusted. Numbers about the files, never the files: the index is committed, the
 * data is not.
 *
 * <p>Stored as a tab-separated file with the header {@code path track_id bytes seconds sha256}: {@code path} relative
 * to the dataset folder with {@code /} separators, {@code track_id} empty for a file that is not a track (the
 * annotations), {@code seconds} the decoded duration of an audio file ({@code Audio.load} at 22050 Hz, so it is what
 * the feature pipeline sees) and empty for other files.
 *
 * @param entries the indexed files, in the order written (annotations first, then tracks in annotation order)
 */
public record DatasetIndex(List<Entry> entries) {

    /** The header of the stored form. */
    public static final List<String> COLUMNS = List.of("path", "track_id", "bytes", "seconds", "sha256");

    public DatasetIndex {
        entries = List.copyOf(entries);
        TreeSet<String> seen = new TreeSet<>();
        for (Entry e : entries) {
            if (!seen.add(e.path())) {
                throw new IllegalArgumentException("path " + e.path() + " is indexed twice");
            }
        }
    }

    /**
     * One indexed file.
     *
     * @param path    relative to the dataset folder, {@code /}-separated, e.g. {@code rock/47.mp3}
     * @param trackId the dataset's track id if the file is a track's audio
     * @param bytes   file size
     * @param sha256  64 lowercase hex digits
     * @param seconds decoded duration if the file is audio
     */
    public record Entry(String path, OptionalInt trackId, long bytes, String sha256, OptionalDouble seconds) {

        public Entry {
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\t")
                    || Stream.of(path.split("/")).anyMatch(part -> part.isEmpty() || part.equals(".")
                    || part.equals(".."))) {
                throw new IllegalArgumentException("index path must be relative, /-separated and plain, got '"
                        + path + "'");
            }
            if (bytes < 0) {
                throw new IllegalArgumentException(path + ": size must be >= 0, got " + bytes);
            }
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(path + ": sha256 must be 64 lowercase hex digits, got '"
                        + sha256 + "'");
            }
            if (seconds.isPresent() && !(seconds.getAsDouble() >= 0 && Double.isFinite(seconds.getAsDouble()))) {
                throw new IllegalArgumentException(path + ": seconds must be finite and >= 0, got "
                        + seconds.getAsDouble());
            }
        }

        /** The entry of {@code file}, stored as {@code path}: its size and SHA-256 read now. */
        public static Entry of(Path file, String path, OptionalInt trackId, OptionalDouble seconds) {
            return new Entry(path, trackId, size(file), Sha256.ofFile(file), seconds);
        }
    }

    /** The entries that are tracks, in index order. */
    public List<Entry> tracks() {
        return entries.stream().filter(e -> e.trackId().isPresent()).toList();
    }

    /**
     * Reads a stored index.
     *
     * @throws DatasetException naming the file and line on a missing column, a bad number or hash, a bad or repeated
     *                          path, or if the file cannot be read
     */
    public static DatasetIndex read(Path tsv) {
        CsvTable table = CsvTable.read(tsv, '\t', StandardCharsets.UTF_8);
        int[] c = COLUMNS.stream().mapToInt(table::column).toArray();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String path = table.text(row, c[0]);
            Integer first = lineOf.putIfAbsent(path, row.line());
            if (first != null) {
                throw table.fail(row, "path " + path + " is indexed twice (first on line " + first + ")");
            }
            String id = table.text(row, c[1]);
            String seconds = table.text(row, c[3]);
            long bytes = bytes(table, row, c[2]);
            try {
                entries.add(new Entry(path,
                        id.isEmpty() ? OptionalInt.empty() : OptionalInt.of(table.integer(row, c[1])),
                        bytes, table.text(row, c[4]),
                        seconds.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(table.number(row, c[3]))));
            } catch (IllegalArgumentException e) {
                throw table.fail(row, e.getMessage());
            }
        }
        return new DatasetIndex(entries);
    }

    /**
     * The stored form: the {@link #COLUMNS} header, then one line per entry; seconds with 6 decimals (a sample at
     * 22050 Hz is 45 microseconds). The hash comes last, so no line ends in an empty field.
     */
    public String toTsv() {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (Entry e : entries) {
            out.append(e.path()).append('\t')
                    .append(e.trackId().isPresent() ? Integer.toString(e.trackId().getAsInt()) : "").append('\t')
                    .append(e.bytes()).append('\t')
                    .append(e.seconds().isPresent() ? String.format(Locale.ROOT, "%.6f", e.seconds().getAsDouble())
                            : "").append('\t')
                    .append(e.sha256()).append('\n');
        }
        return out.toString();
    }

    /** Writes {@link #toTsv()} to {@code tsv} atomically; returns it. */
    public Path write(Path tsv) {
        return AtomicFiles.writeString(tsv, toTsv());
    }

    /**
     * Checks the copy in {@code dir} against the index: every indexed file must be there with the same size and
     * SHA-256, and no other file may be (an extra {@code data.csv}, say, would be read instead of the indexed
     * {@code emotions.csv}). Hashes only the files whose size matches.
     *
     * @throws DatasetException if {@code dir} is not a readable directory
     */
    public IndexCheck validate(Path dir) {
        Path root;
        List<String> found;
        try {
            // The real path, so a dataset folder that is a symbolic link is walked, not reported as one file.
            root = dir.toRealPath();
            if (!Files.isDirectory(root)) {
                throw new DatasetException(dir, "not a directory", null);
            }
            try (Stream<Path> walk = Files.walk(root)) {
                found = walk.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetException(dir, "cannot list the dataset directory (" + e.getMessage() + ")", e);
        }
        TreeSet<String> extra = new TreeSet<>(found);
        List<Entry> missing = new ArrayList<>();
        List<IndexCheck.Changed> changed = new ArrayList<>();
        for (Entry e : entries) {
            if (!extra.remove(e.path())) {
                missing.add(e);
                continue;
            }
            Path file = root.resolve(e.path());
            long bytes = size(file);
            String sha = bytes == e.bytes() ? Sha256.ofFile(file) : null;
            if (sha == null || !sha.equals(e.sha256())) {
                changed.add(new IndexCheck.Changed(e, bytes, sha == null ? "" : sha));
            }
        }
        return new IndexCheck(root, entries.size() - missing.size(), missing, changed, List.copyOf(extra));
    }

    private static long bytes(CsvTable table, CsvTable.Row row, int column) {
        String value = table.text(row, column);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw table.fail(row, "bad size '" + value + "' in column 'bytes'");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
