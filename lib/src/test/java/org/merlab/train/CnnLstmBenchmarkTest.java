package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Runs the benchmark on a toy size to check what it prints; its timings are not checked. */
class CnnLstmBenchmarkTest {

    private static final Path SCRIPT = BenchmarkRuns.script("cnn_lstm_torch.py");
    private static final Path PYTHON = BenchmarkRuns.PYTHON;

    private static String run(String... args) {
        return runWith(SCRIPT, args);
    }

    private static String runWith(Path script, String... args) {
        List<String> all = new ArrayList<>(List.of("--samples", "24", "--repeats", "1", "--classes", "3",
                "--torch-script", script.toString()));
        all.addAll(List.of(args));
        return BenchmarkRuns.run(new CnnLstmBenchmark(), all.toArray(String[]::new));
    }

    @Test
    void withoutPyTorchSaysSoAndPrintsMerlabRowsForBothHelperSettings() {
        String text = run("--batch", "12,32", "--python", "/nonexistent/python3");
        assertTrue(text.contains("24 x 28x1 random, 3 classes, seed 1"), text);
        assertTrue(text.contains("PyTorch not available (no executable /nonexistent/python3): merlab's rows alone"),
                text);
        for (String batch : new String[] {"12", "32"}) {
            assertTrue(text.matches("(?s).*\\n" + batch + " +merlab, helpers on \\(oneDNN\\) .*"), text);
            assertTrue(text.matches("(?s).*\\n" + batch + " +merlab, helpers off .*"), text);
        }
        assertFalse(text.matches("(?s).*\\n\\d+ +PyTorch.*"), text);
        assertTrue(text.matches("(?s).*\\n- +evaluation, helpers on \\(oneDNN\\) .*"), text);
        assertTrue(text.matches("(?s).*\\n- +evaluation, helpers off .*"), text);
        assertTrue(text.contains("peak heap"), text);
    }

    @Test
    void aScriptThatFailsIsReportedWithItsLastLine() throws Exception {
        Path bad = Files.createTempFile("no-torch", ".py");
        try {
            Files.writeString(bad, "import sys\nsys.exit('ModuleNotFoundError: no torch here')\n");
            assumeTrue(Files.isExecutable(PYTHON), "needs " + PYTHON);
            String text = runWith(bad, "--batch", "12", "--helpers", "true");
            assertTrue(text.contains("PyTorch not available (" + PYTHON + " " + bad
                    + ": ModuleNotFoundError: no torch here)"), text);
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    void withPyTorchPrintsItsRowAndTheRatiosBesideMerlabs() throws Exception {
        assumeTrue(BenchmarkRuns.torchImports(), "needs " + PYTHON + " with torch (Debian's python3-torch)");
        String text = run("--batch", "12", "--helpers", "false");
        assertTrue(text.matches("(?s).*PyTorch: PyTorch \\S+, one thread, .*"), text);
        // merlab's row has a CPU ratio to PyTorch's, and PyTorch's own row is 1.00.
        assertTrue(text.matches("(?s).*\\n12 +merlab, helpers off +(\\S+ +){4}\\d+\\.\\d\\d +\\d+\\.\\d\\d .*"), text);
        assertTrue(text.matches("(?s).*\\n12 +PyTorch \\S+ +(\\S+ +){2}- +\\S+ +1\\.00 +1\\.00 .*"), text);
    }

    @Test
    void unknownOptionsFailWithUsage() {
        var err = new ByteArrayOutputStream();
        var cli = new CommandLine(new CnnLstmBenchmark());
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        assertEquals(2, cli.execute("--sampels", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--sampels"));
    }
}
