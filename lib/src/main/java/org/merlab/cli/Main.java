package org.merlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ./merlab} command: a thin registry of subcommands, each its own class. To add one, write a
 * {@code @Command} class in this package and list it in {@code subcommands} below. {@code --help} and
 * {@code --version} are inherited by every subcommand ({@code scope = INHERIT}), so none can forget them.
 */
@Command(name = "merlab", mixinStandardHelpOptions = true, versionProvider = VersionCommand.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Music emotion recognition: features, training, evaluation and reports.",
        subcommands = {VersionCommand.class, FeaturesCommand.class, BenchFeaturesCommand.class, ReproduceCommand.class,
                TrainCommand.class, PredictCommand.class, ServeCommand.class,
                BackendCommand.class, CudaArchsCommand.class, DataCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: say what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line; tests call {@code execute} on it with their own output writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
