package org.merlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset every notebook finds the same way, so a notebook never picks its own corpus:
 * <ol>
 *   <li><b>explicit</b>: the environment variable {@link #variable} names its directory (relative to the working
 *       directory); the value {@value #EMBEDDED} forces the embedded default even when a download exists;</li>
 *   <li><b>fetched</b>: else {@code ${MERLAB_RAW:-<repo>/data/raw}/<name>/}, where {@code data/fetch-<name>} puts
 *       it (that script renames the folder into place only when complete, so its existence means a whole copy);</li>
 *   <li><b>embedded</b>: else the synthetic default, generated on first use ({@link Embedded}).</li>
 * </ol>
 * {@link #choose} only decides (it reads no data and generates nothing), so parameters can show the choice before
 * any work; {@link DatasetChoice#directory()} makes the embedded corpus when it is needed. A future dataset (text
 * emotion, VGMIDI, ...) is one more constant: its name, its variable ({@code MERLAB_DATA_<NAME>}) and its generator.
 *
 * @param name          the folder name under {@code data/raw/} and the report name of a fetched copy
 * @param variable      the environment variable of an explicit directory
 * @param smokeLimit    tracks kept from real data in smoke mode when {@code MERLAB_LIMIT} is unset (the embedded
 *                      corpus has a smoke size of its own, so it keeps all)
 * @param embeddedName  the report name of the embedded corpus
 * @param embedded      the embedded default's generator
 */
public record DatasetSource(String name, String variable, int smokeLimit, String embeddedName, Embedded embedded) {

    /** The value of {@link #variable} that asks for the embedded corpus. */
    public static final String EMBEDDED = "embedded";
    /** Where fetch scripts put raw datasets, when not {@code <repo>/data/raw}. */
    public static final String RAW_VARIABLE = "MERLAB_RAW";
    /** Where raw datasets live by default, relative to the repository root (git-ignored). */
    public static final Path DEFAULT_RAW = Path.of("data", "raw");

    /**
     * Emotify: {@code MERLAB_DATA}, else {@code data/raw/emotify/} ({@code data/fetch-emotify}), else the embedded
     * synthetic Emotify ({@link EmbeddedCorpus#SMOKE} in smoke mode, else the default); 36 tracks of real data in
     * smoke mode.
     */
    public static final DatasetSource EMOTIFY = new DatasetSource(Emotify.NAME, "MERLAB_DATA", 36,
            EmbeddedCorpus.NAME, new Embedded() {
                @Override
                public Path directory(Path repoRoot, boolean smoke) {
                    return EmbeddedCorpus.directory(repoRoot, EmbeddedCorpus.options(smoke));
                }

                @Override
                public Path ensure(Path repoRoot, boolean smoke) {
                    return EmbeddedCorpus.ensure(repoRoot, EmbeddedCorpus.options(smoke));
                }
            });

    /** A dataset's generated default: where it lives, and making it there when absent or stale. */
    public interface Embedded {

        /** The corpus folder for this mode, which may not exist yet. */
        Path directory(Path repoRoot, boolean smoke);

        /** Generates the corpus if absent or stale; returns {@link #directory}. */
        Path ensure(Path repoRoot, boolean smoke);
    }

    public DatasetSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(embeddedName, "embeddedName");
        Objects.requireNonNull(embedded, "embedded");
        if (smokeLimit < 0) {
            throw new IllegalArgumentException("the smoke limit must be >= 0, got " + smokeLimit);
        }
    }

    /**
     * Which copy to use, by the rule above.
     *
     * @param env      the environment ({@link #variable}, {@value #RAW_VARIABLE}); blank values count as unset
     * @param repoRoot the checkout holding {@code data/}
     * @throws IllegalArgumentException if {@link #variable} names something that is not a directory
     */
    public DatasetChoice choose(Map<String, String> env, Path repoRoot, boolean smoke) {
        Optional<String> explicit = value(env, variable);
        if (explicit.isPresent() && explicit.get().equals(EMBEDDED)) {
            return new DatasetChoice(this, DatasetChoice.Origin.EXPLICIT_EMBEDDED, embeddedName,
                    embedded.directory(repoRoot, smoke), repoRoot, smoke);
        }
        if (explicit.isPresent()) {
            Path dir = Path.of(explicit.get()).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir) || dir.getFileName() == null) {
                throw new IllegalArgumentException(variable + " must be a dataset directory or '" + EMBEDDED
                        + "', got '" + explicit.get() + "'" + (Files.exists(dir) ? " (not a directory)"
                        : " (does not exist)"));
            }
            return new DatasetChoice(this, DatasetChoice.Origin.EXPLICIT, dir.getFileName().toString(), dir,
                    repoRoot, smoke);
        }
        Path fetched = value(env, RAW_VARIABLE).map(Path::of).orElse(repoRoot.resolve(DEFAULT_RAW)).resolve(name)
                .toAbsolutePath().normalize();
        if (Files.isDirectory(fetched)) {
            return new DatasetChoice(this, DatasetChoice.Origin.FETCHED, name, fetched, repoRoot, smoke);
        }
        return new DatasetChoice(this, DatasetChoice.Origin.EMBEDDED, embeddedName, embedded.directory(repoRoot, smoke),
                repoRoot, smoke);
    }

    private static Optional<String> value(Map<String, String> env, String variable) {
        String raw = env.get(variable);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }
}
