package org.merlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the merlab command line in-process, as {@code ./merlab} would, and keeps what it printed. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit code of {@code merlab ARGS}. */
    int execute(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }
}
