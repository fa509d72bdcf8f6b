package org.merlab.notebook;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

import org.merlab.data.DatasetChoice;
import org.merlab.data.DatasetSource;
import org.merlab.data.EmbeddedCorpus;
import org.merlab.report.Provenance;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A notebook's parameters, read from environment variables with defaults, so one notebook runs in a one-minute
 * smoke mode in CI and in full mode for a paper run (the d2l-java / papermill "parameters cell" idea):
 * <ul>
 *   <li>{@code MERLAB_SEED}: the seed every random choice derives from (default 42);</li>
 *   <li>{@code MERLAB_SMOKE}: 1 = tiny data and epochs (default 0);</li>
 *   <li>{@code MERLAB_EPOCHS}: training epochs; unset lets each notebook pick via {@link #epochs(int, int)};</li>
 *   <li>{@code MERLAB_FOLDS}: folds of a cross-validated evaluation, 0 = none; unset lets each notebook pick via
 *       {@link #folds(int, int)};</li>
 *   <li>{@code MERLAB_LIMIT}: at most this many tracks, 0 = all (default 0; in smoke mode the dataset's smoke limit
 *       for real data, {@link DatasetSource#smokeLimit});</li>
 *   <li>{@code MERLAB_MAX_SKIPPED}: the largest share of tracks, in percent, a study may skip as bad input before it
 *       fails (default {@value #DEFAULT_MAX_SKIPPED_PERCENT});</li>
 *   <li>{@code MERLAB_DATA}: the dataset, chosen by {@link DatasetSource#EMOTIFY}'s rule: this directory, else a
 *       fetched {@code data/raw/emotify/}, else the embedded synthetic corpus ({@code embedded} forces it);</li>
 *   <li>{@code MERLAB_REPORTS}: the reports root (default {@code reports/} of the repository), so smoke runs in
 *       tests can write elsewhere than a paper run.</li>
 * </ul>
 * An empty value counts as unset. A malformed value throws {@link IllegalArgumentException} naming the variable
 * and the value, when the parameters are read, before any work starts. {@link #table()} shows every value a run
 * uses; a notebook's own choice ({@link #epochs(int, int)}) made after the table was shown, which would make the
 * table wrong, is a programming error.
 */
public final class Params {

    /** The {@link #dataset()} name of the embedded corpus. */
    public static final String EMBEDDED = EmbeddedCorpus.NAME;
    /** Default of {@code MERLAB_MAX_SKIPPED}: a study fails when more than 2% of its tracks are skipped. */
    public static final double DEFAULT_MAX_SKIPPED_PERCENT = 2;
    private static final long DEFAULT_SEED = 42;

    private final long seed;
    private final boolean smoke;
    private final OptionalInt epochs;
    private final OptionalInt folds;
    private final int limit;
    private final double maxSkippedPercent;
    private final DatasetChoice data;
    private final Path reports;
    private final Path root;
    private final Map<String, String> env;
    /** variable -> (value as shown, where it came from), in declaration order, for {@link #table()}. */
    private final Map<String, Shown> shown = new LinkedHashMap<>();
    private boolean tableShown;

    private Params(Map<String, String> env, Path root) {
        this.env = Map.copyOf(env);
        this.root = root.toAbsolutePath().normalize();
        seed = read(env, "MERLAB_SEED", DEFAULT_SEED, String.valueOf(DEFAULT_SEED), Params::parseSeed);
        smoke = read(env, "MERLAB_SMOKE", false, "0", Params::parseFlag);
        epochs = read(env, "MERLAB_EPOCHS", OptionalInt.empty(), "(unset, not used)",
                v -> OptionalInt.of(parseInt("MERLAB_EPOCHS", v, 1)));
        folds = read(env, "MERLAB_FOLDS", OptionalInt.empty(), "(unset, not used)", Params::parseFolds);
        // The dataset is chosen before the limit is shown: the smoke limit applies to real data only.
        data = DatasetSource.EMOTIFY.choose(env, this.root, smoke);
        int smokeLimit = smoke && data.real() ? DatasetSource.EMOTIFY.smokeLimit() : 0;
        limit = read(env, "MERLAB_LIMIT", smokeLimit, smokeLimit == 0 ? "0 (all)" : smokeLimit + " (smoke, real data)",
                v -> parseInt("MERLAB_LIMIT", v, 0));
        maxSkippedPercent = read(env, "MERLAB_MAX_SKIPPED", DEFAULT_MAX_SKIPPED_PERCENT,
                percent(DEFAULT_MAX_SKIPPED_PERCENT), Params::parsePercent);
        read(env, DatasetSource.EMOTIFY.variable(), null, "(unset)", v -> v);
        Path defaultReports = this.root.resolve("reports");
        reports = read(env, "MERLAB_REPORTS", defaultReports, defaultReports.toString(),
                v -> Path.of(v).toAbsolutePath().normalize());
        shown.put("dataset", new Shown(data.name(), data.reason()));
    }

    /** The parameters from this process's environment variables, in the checkout of {@link #repoRoot()}. */
    public static Params fromEnv() {
        return from(System.getenv());
    }

    /** The parameters from the given variables (tests, or a notebook that wants to override some). */
    public static Params from(Map<String, String> env) {
        return from(env, repoRoot());
    }

    /**
     * The parameters from the given variables, for the checkout {@code root}: where {@code data/raw/},
     * {@code data/embedded/} and the default {@code reports/} are (tests give a temporary folder, so they never see
     * a download).
     */
    public static Params from(Map<String, String> env, Path root) {
        return new Params(env, root);
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
     *
     * @throws IllegalStateException if the table was already shown with another value: choose before showing it
     */
    public int epochs(int full, int smoke) {
        if (epochs.isPresent()) {
            return epochs.getAsInt();
        }
        return remember("MERLAB_EPOCHS", choose(full, smoke));
    }

    /**
     * {@code MERLAB_FOLDS} if set, else {@code smoke} in smoke mode, else {@code full}; remembered for the table like
     * {@link #epochs(int, int)}.
     *
     * @throws IllegalStateException if the table was already shown with another value
     */
    public int folds(int full, int smoke) {
        if (folds.isPresent()) {
            return folds.getAsInt();
        }
        return remember("MERLAB_FOLDS", choose(full, smoke));
    }

    /**
     * A study's own integer setting (e.g. notebook 08's {@code MERLAB_STEP}): the variable if set, else
     * {@code otherwise}; shown by {@link #table()} and kept in provenance like the common parameters.
     *
     * @throws IllegalArgumentException naming the variable if it is set but not an integer {@code >= min}
     * @throws IllegalStateException    if the table was already shown without this value
     */
    public int integer(String variable, int otherwise, int min) {
        String raw = env.get(variable);
        boolean set = raw != null && !raw.isBlank();
        int value = set ? parseInt(variable, raw.strip(), min) : otherwise;
        declare(variable, set ? new Shown(raw.strip(), "environment") : new Shown(String.valueOf(otherwise), "default"));
        return value;
    }

    /**
     * A study's own text setting (e.g. notebook 08's {@code MERLAB_GRID}): the variable, stripped, if set, else
     * {@code otherwise}; shown and kept like {@link #integer}.
     *
     * @throws IllegalStateException if the table was already shown without this value
     */
    public String text(String variable, String otherwise) {
        String raw = env.get(variable);
        boolean set = raw != null && !raw.isBlank();
        String value = set ? raw.strip() : otherwise;
        declare(variable, new Shown(value, set ? "environment" : "default"));
        return value;
    }

    /** {@code MERLAB_LIMIT}: at most this many tracks, 0 = all (in smoke mode on real data, the smoke limit). */
    public int limit() {
        return limit;
    }

    /** {@code MERLAB_MAX_SKIPPED} as a share: the most tracks, over all, a study may skip as bad input (0.02). */
    public double maxSkippedShare() {
        return maxSkippedPercent / 100;
    }

    /** {@code full} normally, {@code smoke} in smoke mode: for any other size a notebook scales down in CI. */
    public <T> T choose(T full, T smoke) {
        return this.smoke ? smoke : full;
    }

    /** The Emotify dataset this run uses ({@link DatasetSource#EMOTIFY}'s rule), not yet read or generated. */
    public DatasetChoice data() {
        return data;
    }

    /** Another dataset chosen by the same rule, from the same environment, checkout and mode. */
    public DatasetChoice data(DatasetSource source) {
        return source.choose(env, root, smoke);
    }

    /** The checkout these parameters were read for: where {@code data/} and the default {@code reports/} live. */
    public Path root() {
        return root;
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

    /**
     * The dataset's report name ({@link DatasetChoice#name()}): an explicit directory's name, e.g. "emotify-dev",
     * "emotify" for a fetched copy, {@value #EMBEDDED} for the synthetic corpus.
     */
    public String dataset() {
        return data.name();
    }

    /** Every parameter as variable -> value shown, in a stable order, for provenance records. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        shown.forEach((variable, s) -> map.put(variable, s.value()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * A table (variable, value, source) echoing every parameter, so an executed notebook shows what it ran with.
     * Make the notebook's choices ({@link #epochs(int, int)}) first: one that would change a shown value throws.
     */
    public Table table() {
        tableShown = true;
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
        declare(variable, new Shown(String.valueOf(chosen), smoke ? "notebook (smoke)" : "notebook"));
        return chosen;
    }

    /** Records what the table shows for {@code variable}; once it is shown, only what it already shows. */
    private void declare(String variable, Shown choice) {
        if (tableShown && !choice.equals(shown.get(variable))) {
            Shown before = shown.get(variable);
            throw new IllegalStateException(variable + " = " + choice.value() + " was chosen after the parameters "
                    + "table " + (before == null ? "was shown without it" : "showed '" + before.value() + "'")
                    + ": make the notebook's choices (e.g. StudyOptions.from(p)) before p.table(), so the table "
                    + "shows what runs");
        }
        shown.put(variable, choice);
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

    /** 0 (no cross-validation) or at least 2 folds. */
    private static OptionalInt parseFolds(String value) {
        int folds = parseInt("MERLAB_FOLDS", value, 0);
        if (folds == 1) {
            throw new IllegalArgumentException("MERLAB_FOLDS must be 0 (no cross-validation) or at least 2, got '"
                    + value + "'");
        }
        return OptionalInt.of(folds);
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

    private static double parsePercent(String value) {
        String problem = "MERLAB_MAX_SKIPPED must be a percentage from 0 to 100, got '" + value + "'";
        try {
            double parsed = Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
            if (!(parsed >= 0 && parsed <= 100)) {
                throw new IllegalArgumentException(problem);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem, e);
        }
    }

    private static String percent(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "%";
    }

    private static boolean parseFlag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw new IllegalArgumentException("MERLAB_SMOKE must be 1 or 0, got '" + value + "'");
        };
    }
}
