package org.merlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.merlab.data.DatasetSource;
import org.merlab.notebook.Params;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of every command that runs a study on a dataset, as the notebook parameters they stand for
 * ({@code --data} is {@code MERLAB_DATA}, {@code --seed} {@code MERLAB_SEED}, ...), so a command and its notebook
 * read the same data. A picocli mixin: {@code @Mixin StudyDataOptions data;}.
 */
final class StudyDataOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = {"Emotify-layout dataset directory, or 'embedded' for the synthetic corpus (default: "
                    + "ROOT/data/raw/emotify if fetched, else the embedded synthetic corpus)"})
    String data;

    @Option(names = "--seed", description = "the seed of every random choice (default 42)")
    Long seed;

    @Option(names = "--epochs", description = "most training epochs (default 60, early stopping may end sooner; 2 with --smoke)")
    Integer epochs;

    @Option(names = "--limit", description = "use at most this many tracks, spread over the dataset (default all; 36 of a real dataset with --smoke)")
    Integer limit;

    @Option(names = "--max-skipped", paramLabel = "PERCENT",
            description = "fail when more than PERCENT %% of the tracks cannot be decoded or cut into segments (default 2)")
    String maxSkipped;

    @Option(names = "--smoke", description = "tiny data and epochs: checks the pipeline in about a minute")
    boolean smoke;

    @Option(names = "--root", paramLabel = "DIR",
            description = "merlab checkout holding data/ and reports/ (default: the one the working directory is in)")
    Path root;

    /** {@code --root}, else the checkout the working directory is in; absolute. */
    Path checkout() {
        return (root == null ? Params.repoRoot() : root).toAbsolutePath().normalize();
    }

    /**
     * The options as notebook parameters; a bad value is a usage error naming the option.
     *
     * @param reports the reports root, or null for the notebooks' default
     * @param folds   the command's {@code --folds}, as {@code MERLAB_FOLDS}, or null
     */
    Params params(Path reports, Integer folds) {
        Map<String, String> env = new LinkedHashMap<>();
        put(env, "MERLAB_REPORTS", reports);
        put(env, "MERLAB_FOLDS", folds);
        put(env, "MERLAB_DATA", data);
        put(env, "MERLAB_SEED", seed);
        put(env, "MERLAB_EPOCHS", epochs);
        put(env, "MERLAB_LIMIT", limit);
        put(env, "MERLAB_MAX_SKIPPED", maxSkipped);
        // Where data/fetch-* put their downloads, when not ROOT/data/raw (the fetch scripts read it too).
        put(env, DatasetSource.RAW_VARIABLE, System.getenv(DatasetSource.RAW_VARIABLE));
        env.put("MERLAB_SMOKE", smoke ? "1" : "0");
        try {
            return Params.from(env, checkout());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    .replace("MERLAB_DATA", "--data").replace("MERLAB_SEED", "--seed")
                    .replace("MERLAB_EPOCHS", "--epochs").replace("MERLAB_FOLDS", "--folds")
                    .replace("MERLAB_LIMIT", "--limit").replace("MERLAB_MAX_SKIPPED", "--max-skipped"), e);
        }
    }

    private static void put(Map<String, String> env, String variable, Object value) {
        if (value != null) {
            env.put(variable, value.toString());
        }
    }
}
