package org.merlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link DatasetIndex#validate} found in a dataset copy.
 *
 * @param dir     the folder checked (its real path)
 * @param present indexed files found, changed or not
 * @param missing indexed files absent from the copy, in index order
 * @param changed indexed files whose size or SHA-256 differs, in index order
 * @param extra   files in the copy that the index does not list, relative and {@code /}-separated, sorted
 */
public record IndexCheck(Path dir, int present, List<DatasetIndex.Entry> missing, List<Changed> changed,
                         List<String> extra) {

    public IndexCheck {
        missing = List.copyOf(missing);
        changed = List.copyOf(changed);
        extra = List.copyOf(extra);
    }

    /**
     * An indexed file whose content differs.
     *
     * @param expected the index's entry
     * @param bytes    the file's size now
     * @param sha256   its SHA-256 now, empty when the size already differed (then it is not hashed)
     */
    public record Changed(DatasetIndex.Entry expected, long bytes, String sha256) {
    }

    /** No file missing, changed or extra: the copy is the indexed one. */
    public boolean ok() {
        return missing.isEmpty() && changed.isEmpty() && extra.isEmpty();
    }

    /** One line: {@code DIR: 401 of 401 indexed files present, 0 missing, 0 changed, 0 extra}. */
    public String summary() {
        return dir + ": " + present + " of " + (present + missing.size()) + " indexed files present, "
                + missing.size() + " missing, " + changed.size() + " changed, " + extra.size() + " extra";
    }

    /**
     * One line per problem, missing first, then changed, then extra, e.g. {@code missing rock/47.mp3 (track 147)},
     * {@code changed emotions.csv: 55468 bytes, sha256 1f.. (index: 55468 bytes, sha256 66..)},
     * {@code extra README.md}.
     */
    public List<String> problems() {
        List<String> lines = new ArrayList<>();
        for (DatasetIndex.Entry e : missing) {
            lines.add("missing " + e.path() + track(e));
        }
        for (Changed c : changed) {
            DatasetIndex.Entry e = c.expected();
            lines.add("changed " + e.path() + track(e) + ": " + c.bytes() + " bytes"
                    + (c.sha256().isEmpty() ? "" : ", sha256 " + c.sha256())
                    + " (index: " + e.bytes() + " bytes, sha256 " + e.sha256() + ")");
        }
        extra.forEach(path -> lines.add("extra " + path));
        return lines;
    }

    private static String track(DatasetIndex.Entry e) {
        return e.trackId().isPresent() ? " (track " + e.trackId().getAsInt() + ")" : "";
    }
}
