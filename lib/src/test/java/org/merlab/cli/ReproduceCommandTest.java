package org.merlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.notebook.Params;
import org.merlab.prep.Protocol;

import picocli.CommandLine;

class ReproduceCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.execute(args);
    }

    @Test
    void zeroEpochsIsAUsageErrorNamingTheOption() {
        assertEquals(2, run("reproduce", "--epochs", "0", "--root", tmp.toString()));
        assertTrue(cli.err.toString().contains("--epochs must be an integer >= 1, got '0'"), cli.err.toString());
    }

    @Test
    void zeroPatienceIsAUsageErrorNamingTheOption() {
        assertEquals(2, run("reproduce", "--patience", "0", "--root", tmp.toString()));
        assertTrue(cli.err.toString().contains("--patience must be an integer >= 1, got '0'"), cli.err.toString());
    }

    @Test
    void protocolsAndPatienceReachTheStudyOptions() {
        ReproduceCommand command = new ReproduceCommand();
        new CommandLine(command).parseArgs("--protocols", "HONEST", "--patience", "5");
        var options = command.options(command.params(tmp));
        assertEquals(List.of(Protocol.HONEST), options.protocols());
        assertEquals(List.of(Protocol.HONEST), options.cvProtocols());
        assertEquals(5, options.training().earlyStoppingPatience());
        assertEquals(2, run("reproduce", "--protocols", "leaky", "--root", tmp.toString()));
        assertTrue(cli.err.toString().contains("leaky"), cli.err.toString());
    }

    /** Picocli reports a description it cannot format (a bare '%') on System.err, not on the command's writer. */
    @Test
    void theHelpFormatsEveryDescription() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("reproduce", "--help"));
        } finally {
            System.setErr(systemErr);
        }
        assertFalse(warnings.toString(StandardCharsets.UTF_8).contains("Could not format"), warnings.toString());
        assertTrue(cli.out.toString().contains("PERCENT % of the tracks"), cli.out.toString());
    }

    @Test
    void aMissingDataDirectoryIsAUsageErrorNamingIt() {
        Path missing = tmp.resolve("no-such-dataset");
        assertEquals(2, run("reproduce", "--data", missing.toString(), "--root", tmp.toString()));
        assertTrue(cli.err.toString().contains("--data must be a dataset directory or 'embedded', got '" + missing
                + "' (does not exist)"), cli.err.toString());
    }

    @Test
    void aNonNumericSeedIsRejectedByTheParser() {
        assertEquals(2, run("reproduce", "--seed", "abc"));
        assertTrue(cli.err.toString().contains("abc"), cli.err.toString());
    }

    @Test
    void optionsBecomeTheNotebookParameters() {
        ReproduceCommand command = new ReproduceCommand();
        new CommandLine(command).parseArgs("--data", tmp.toString(), "--seed", "7", "--epochs", "3", "--limit", "12",
                "--smoke", "--reports", tmp.resolve("out").toString());
        Params params = command.params(tmp);
        assertEquals(tmp.resolve("out"), params.reports());
        assertEquals(7, params.seed());
        assertEquals(3, params.epochs(60, 2));
        assertEquals(12, params.limit());
        assertEquals(0.02, params.maxSkippedShare());
        assertTrue(params.smoke());
        assertEquals(tmp.getFileName().toString(), params.dataset());
    }

    @Test
    void defaultsAreTheEmbeddedCorpusSeed42AndFullMode() {
        ReproduceCommand command = new ReproduceCommand();
        new CommandLine(command).parseArgs();
        Params params = command.params(tmp);
        assertEquals(tmp.resolve("reports"), params.reports());
        assertEquals(Params.EMBEDDED, params.dataset());
        assertEquals(42, params.seed());
        assertEquals(60, params.epochs(60, 2));
    }

    @Test
    void maxSkippedIsTheNotebooksMerlabMaxSkipped() {
        ReproduceCommand command = new ReproduceCommand();
        new CommandLine(command).parseArgs("--max-skipped", "10");
        assertEquals(0.1, command.params(tmp).maxSkippedShare(), 1e-12);
        assertEquals(2, run("reproduce", "--max-skipped", "200", "--root", tmp.toString()));
        assertTrue(cli.err.toString().contains("--max-skipped must be a percentage from 0 to 100, got '200'"),
                cli.err.toString());
    }

    @Test
    void isListedInMainsHelp() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out.toString().contains("reproduce"), cli.out.toString());
    }
}
