package org.merlab.cli;


import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.execute(args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out.toString().startsWith("Usage: merlab [-hV] [COMMAND]"), cli.out.toString());
        assertTrue(cli.out.toString().matches("(?s).*\\n  version +Print merlab, JDK and library versions\\.\\n.*"), cli.out.toString());
        assertTrue(cli.out.toString().matches("(?s).*\\n  features +Extract the CNN-LSTM paper's 28 librosa features.*"), cli.out.toString());
    }

    @Test
    void everySubcommandAnswersHelpWithItsOwnUsage() {
        var commands = Main.commandLine().getSubcommands();
        for (String name : commands.keySet()) {
            if (commands.get(name).getCommandSpec().helpCommand()) {
                continue; // "help" is the help itself: "merlab help reproduce" prints reproduce's usage
            }
            CliRun one = new CliRun();
            assertEquals(0, one.execute(name, "--help"), name + ": " + one.err);
            assertTrue(one.out.toString().startsWith("Usage: merlab " + name), name + ": " + one.out);
            assertTrue(one.err.toString().isEmpty(), name + ": " + one.err);
        }
    }

    @Test
    void noSubcommandPrintsUsage() {
        assertEquals(0, run());
        assertTrue(cli.out.toString().startsWith("Usage: merlab"), cli.out.toString());
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertEquals(2, run("trian"));
        assertTrue(cli.err.toString().contains("Unmatched argument at index 0: 'trian'"), cli.err.toString());
    }
}
