package org.merlab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.merlab.notebook.Params;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options {@code merlab train text} and {@code merlab train va} share, as the notebook parameters they stand
 * for ({@code --seed} is {@code MERLAB_SEED}, {@code --epochs} {@code MERLAB_EPOCHS}, {@code --smoke}
 * {@code MERLAB_SMOKE}), so a command trains what its notebook trains. A picocli mixin.
 */
final class ModelTrainingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "BUNDLE", required = true,
            description = "bundle to write: a directory, or a zip file if the name ends in .zip")
    Path out;

    @Option(names = "--seed", description = "the seed of every random choice (default 42)")
    Long seed;

    @Option(names = "--epochs", description = "most training epochs (default: the notebook's; early stopping may"
            + " end sooner)")
    Integer epochs;

    @Option(names = "--smoke", description = "tiny data, models and epochs: checks the pipeline in about a minute")
    boolean smoke;

    @Option(names = "--root", paramLabel = "DIR",
            description = "merlab checkout holding data/ (default: the one the working directory is in)")
    Path root;

    /** {@code --root}, else the checkout the working directory is in; absolute. */
    Path checkout() {
        return (root == null ? Params.repoRoot() : root).toAbsolutePath().normalize();
    }

    /** The options as notebook parameters; a bad value is a usage error naming the option. */
    Params params() {
        Map<String, String> env = new LinkedHashMap<>();
        if (seed != null) {
            env.put("MERLAB_SEED", seed.toString());
        }
        if (epochs != null) {
            env.put("MERLAB_EPOCHS", epochs.toString());
        }
        env.put("MERLAB_SMOKE", smoke ? "1" : "0");
        try {
            return Params.from(env, checkout());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().replace("MERLAB_SEED", "--seed")
                    .replace("MERLAB_EPOCHS", "--epochs"), e);
        }
    }
}
