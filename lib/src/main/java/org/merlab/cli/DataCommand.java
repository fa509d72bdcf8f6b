package org.merlab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code merlab data}: the commands about dataset copies, each its own class listed in {@code subcommands}. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Check dataset copies against their committed checksum index, or build such an index.",
        subcommands = {DataValidateCommand.class, DataIndexCommand.class})
public final class DataCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: say what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
