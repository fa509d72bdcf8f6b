package org.merlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The copy of a dataset a run uses, as {@link DatasetSource#choose} decided.
 *
 * @param source   the dataset
 * @param origin   which rule chose it
 * @param name     the report name: an explicit folder's name, the source's name for a fetched copy, the embedded
 *                 name otherwise, so outputs go to {@code reports/<name>/}
 * @param location the directory (for the embedded corpus: where it is, or will be once generated)
 * @param repoRoot the checkout it was chosen in
 * @param smoke    whether the smoke-size embedded corpus was chosen
 */
public record DatasetChoice(DatasetSource source, Origin origin, String name, Path location, Path repoRoot,
                            boolean smoke) {

    /** Which rule of {@link DatasetSource} applied. */
    public enum Origin {
        /** The variable named a directory. */
        EXPLICIT,
        /** The variable asked for the embedded corpus. */
        EXPLICIT_EMBEDDED,
        /** A download under {@code data/raw/<name>/}. */
        FETCHED,
        /** Nothing else was there: the synthetic default. */
        EMBEDDED
    }

    /** Whether this is real data (not the synthetic corpus). */
    public boolean real() {
        return origin == Origin.EXPLICIT || origin == Origin.FETCHED;
    }

    /** The dataset's directory, real or real-looking: for the embedded corpus, generated first if absent or stale. */
    public Path directory() {
        return real() ? location : source.embedded().ensure(repoRoot, smoke);
    }

    /** The real dataset's directory, empty for the embedded corpus. */
    public Optional<Path> realDirectory() {
        return real() ? Optional.of(location) : Optional.empty();
    }

    /**
     * Why this copy, short enough for a table cell: {@code MERLAB_DATA (explicit)}, {@code fetched
     * data/raw/emotify/}, {@code synthetic (MERLAB_DATA=embedded)} or {@code synthetic: nothing fetched}.
     */
    public String reason() {
        return switch (origin) {
            case EXPLICIT -> source.variable() + " (explicit)";
            case EXPLICIT_EMBEDDED -> "synthetic (" + source.variable() + "=" + DatasetSource.EMBEDDED + ")";
            case FETCHED -> "fetched " + shown(location);
            case EMBEDDED -> "synthetic: nothing fetched";
        };
    }

    /**
     * One line saying which data a run uses and why, e.g. {@code emotify-dev: MERLAB_DATA=/data/emotify-dev
     * (explicit)}, {@code emotify: data/raw/emotify/ (fetched by data/fetch-emotify)}, or {@code embedded: synthetic
     * emotify corpus data/embedded/emotify-synth/ (no MERLAB_DATA, no fetched emotify/ under MERLAB_RAW or
     * data/raw/)}.
     */
    public String describe() {
        return name + ": " + switch (origin) {
            case EXPLICIT -> source.variable() + "=" + location + " (explicit)";
            case EXPLICIT_EMBEDDED -> "synthetic " + source.name() + " corpus " + shown(location) + " ("
                    + source.variable() + "=" + DatasetSource.EMBEDDED + ")";
            case FETCHED -> shown(location) + " (fetched by data/fetch-" + source.name() + ")";
            case EMBEDDED -> "synthetic " + source.name() + " corpus " + shown(location)
                    + (Files.isDirectory(location) ? "" : ", generated on first use") + " (no " + source.variable()
                    + ", no fetched " + source.name() + "/ under " + DatasetSource.RAW_VARIABLE + " or data/raw/)";
        };
    }

    /** A path inside the checkout relative to it, so the line reads the same on every machine. */
    private String shown(Path path) {
        Path root = repoRoot.toAbsolutePath().normalize();
        return path.startsWith(root) ? root.relativize(path) + "/" : path + "/";
    }
}
