package org.merlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().startsWith("Usage: merlab [-hV] [COMMAND]"), out.toString());
        assertTrue(out.toString().contains("  version  Print merlab, JDK and library versions."), out.toString());
    }

    @Test
    void noSubcommandPrintsUsage() {
        assertEquals(0, run());
        assertTrue(out.toString().startsWith("Usage: merlab"), out.toString());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertEquals(2, run("trian"));
        assertTrue(err.toString().contains("Unmatched argument at index 0: 'trian'"), err.toString());
    }
}
