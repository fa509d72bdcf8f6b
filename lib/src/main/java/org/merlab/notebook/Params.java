package org.merlab.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.merlab.report.Provenance;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A notebook's parameters, read from environment variables with defaults, so one notebook runs in a one-minute
 * smoke mode in CI and in full mode for a paper run (the d2l-java / papermill "parameters cell" idea):
 * <ul>
 *   <li>{@code MERLAB_SEED}: the seed every random choice derives from (default 42);</li>
 *   <li>{@code MERLAB_EPOCHS}: training epochs; unset lets each notebook pick via {@link #epochs(int, int)};</li>
 *   <li>{@code MERLAB_LIMIT}: at most this many items per dataset, 0 = all (default 0);</li>
 *   <li>{@code MERLAB_DATA}: a real dataset's directory; unset = the embedded default corpus;</li>
 *   <li>{@code MERLAB_SMOKE}: 1 = tiny data and epochs (default 0);</li>
 *   <li>{@code MERLAB_REPORTS}: the reports root (default {@code reports/} of the repository), so smoke runs in
 *       tests can write elsewhere than a paper run.</li>
 * </ul>
 * An empty value counts as unset. A malformed value throws {@link IllegalArgumentException} naming the variable
 * and the value, when the parameters are read, before any work starts.
 */
public final class Params {

    /** The {@link #dataset()} name when {@code MERLAB_DATA} is unset. */
    public static final String EMBEDDED = "embedded";
    private static final long DEFAULT_SEED = 42;

    private final long seed;
    private final OptionalInt epochs;
    private final int limit;
    private final Optional<Path> data;
    private final boolean smoke;
    private final Path reports;
    /** variable -> (value as shown, where it came from), in declaration order, for {@link #table()}. */
    private final Map<String, Shown> shown = new LinkedHashMap<>();

    private Params(Map<String, String> env) {
        seed = read(env, "MERLAB_SEED", DEFAULT_SEED, String.valueOf(DEFAULT_SEED), Params::parseSeed);
        epochs = read(env, "MERLAB_EPOCHS", OptionalInt.empty(), "(notebook default)",
                v -> OptionalInt.of(parseInt("MERLAB_EPOCHS", v, 1)));
        limit = read(env, "MERLAB_LIMIT", 0, "0 (all)", v -> parseInt("MERLAB_LIMIT", v, 0));
        data = read(env, "MERLAB_DATA", Optional.empty(), "(embedded corpus)", v -> Optional.of(parseDirectory(v)));
        smoke = read(env, "MERLAB_SMOKE", false, "0", Params::parseFlag);
        Path defaultReports = repoRoot().resolve("reports");
        reports = read(env, "MERLAB_REPORTS", defaultReports, defaultReports.toString(),
                v -> Path.of(v).toAbsolutePath().normalize());
        shown.put("dataset", new Shown(dataset(), "derived"));
    }

    /** The parameters from this process's environment variables. */
    public static Params fromEnv() {
        return from(System.getenv());
    }

    /** The parameters from the given variables (tests, or a notebook that wants to override some). */
    public static Params from(Map<String, String> env) {
        return new Params(env);
    }

    /** {@code MERLAB_SEED}, default 42. */
    public long seed() {
        return seed;
    }

    /** {@code MERLAB_EPOCHS} if set (a positive integer). */
    public OptionalInt epochs() {
        return epochs;
    }

    /**
     * {@code MERLAB_EPOCHS} if set, else {@code smoke} in smoke mode, else {@code full}: "20 epochs, 2 in smoke".
     * A notebook's choice is remembered, so {@link #table()} and provenance show the epochs that actually ran.
     */
    public int epochs(int full, int smoke) {
        if (epochs.isPresent()) {
            return epochs.getAsInt();
        }
        return remember("MERLAB_EPOCHS", choose(full, smoke));
    }

    /** {@code MERLAB_LIMIT}: at most this many items, 0 = all. */
    public int limit() {
        return limit;
    }

    /** {@code MERLAB_LIMIT} if set, else {@code smoke} items in smoke mode, else 0 (all); remembered like epochs. */
    public int limit(int smoke) {
        return limit != 0 || !this.smoke ? limit : remember("MERLAB_LIMIT", smoke);
    }

    /** {@code full} normally, {@code smoke} in smoke mode: for any other size a notebook scales down in CI. */
    public <T> T choose(T full, T smoke) {
        return this.smoke ? smoke : full;
    }

    /** {@code MERLAB_DATA}: the directory of a real dataset, empty for the embedded default corpus. */
    public Optional<Path> data() {
        return data;
    }

    /** {@code MERLAB_SMOKE=1}: tiny data and epochs, so every notebook runs in about a minute. */
    public boolean smoke() {
        return smoke;
    }

    /** {@code MERLAB_REPORTS}: where figures, tables and executed notebooks go, as {@code <reports>/<dataset>/...}. */
    public Path reports() {
        return reports;
    }

    /**
     * The merlab checkout this process runs in: the nearest folder at or above the working directory that holds
     * {@code environment/jvm.conf} (notebooks run in {@code notebooks/}, the CLI anywhere in the tree); the working
     * directory itself if there is none.
     */
    public static Path repoRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("environment").resolve("jvm.conf"))) {
                return dir;
            }
        }
        return cwd;
    }

    /** {@value #EMBEDDED} when {@code MERLAB_DATA} is unset, else the data directory's name, e.g. "emotify-dev". */
    public String dataset() {
        return data.map(d -> d.getFileName().toString()).orElse(EMBEDDED);
    }

    /** Every parameter as variable -> value shown, in a stable order, for provenance records. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        shown.forEach((variable, s) -> map.put(variable, s.value()));
        return Collections.unmodifiableMap(map);
    }

    /** A table (variable, value, source) echoing every parameter, so an executed notebook shows what it ran with. */
    public Table table() {
        return Table.create("parameters",
                StringColumn.create("variable", shown.keySet()),
                StringColumn.create("value", shown.values().stream().map(Shown::value)),
                StringColumn.create("source", shown.values().stream().map(Shown::source)));
    }

    /** The provenance of results made with these parameters from a dataset with the given fingerprint. */
    public Provenance provenance(String datasetFingerprint) {
        return Provenance.capture(seed, asMap(), dataset(), datasetFingerprint);
    }

    @Override
    public String toString() {
        return "Params" + asMap();
    }

    private record Shown(String value, String source) {
    }

    private int remember(String variable, int chosen) {
        shown.put(variable, new Shown(String.valueOf(chosen), smoke ? "notebook (smoke)" : "notebook"));
        return chosen;
    }

    /** The variable's parsed value, or {@code fallback} (shown as {@code fallbackText}) if it is unset or blank. */
    private <T> T read(Map<String, String> env, String variable, T fallback, String fallbackText,
                       Function<String, T> parser) {
        String raw = env.get(variable);
        if (raw == null || raw.isBlank()) {
            shown.put(variable, new Shown(fallbackText, "default"));
            return fallback;
        }
        T value = parser.apply(raw.strip());
        shown.put(variable, new Shown(raw.strip(), "environment"));
        return value;
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MERLAB_SEED must be an integer, got '" + value + "'", e);
        }
    }

    private static int parseInt(String variable, String value, int min) {
        String problem = variable + " must be an integer >= " + min + ", got '" + value + "'";
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min) {
                throw new IllegalArgumentException(problem);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    private static Path parseDirectory(String value) {
        Path dir = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir) || dir.getFileName() == null) {
            throw new IllegalArgumentException("MERLAB_DATA must be a dataset directory, got '" + value + "'"
                    + (Files.exists(dir) ? " (not a directory)" : " (does not exist)"));
        }
        return dir;
    }

    private static boolean parseFlag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw new IllegalArgumentException("MERLAB_SMOKE must be 1 or 0, got '" + value + "'");
        };
    }
}
