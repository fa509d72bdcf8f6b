package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;

/** What the training benchmarks' tests share: a run's standard output, and whether PyTorch is there to race. */
final class BenchmarkRuns {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    private BenchmarkRuns() {
    }

    /** The standard output of {@code benchmark} run with {@code args}; fails unless it exits 0. */
    static String run(Object benchmark, String... args) {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(benchmark).execute(args);
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        return text;
    }

    /**
     * {@link #run} against {@code script} of {@code environment/bench/} with {@link #PYTHON} where it imports torch,
     * else with a missing interpreter; checks that each network's parameter count is printed for merlab, and the
     * same for PyTorch where it runs (else that PyTorch's absence is said).
     *
     * @param counts network key, then its parameter count as printed (e.g. {@code "va-lstm", "82,497"}), ...
     */
    static String race(Object benchmark, String script, List<String> counts, String... args) throws Exception {
        boolean torch = torchImports();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--torch-script", script(script).toString(), "--python",
                torch ? PYTHON.toString() : "/nonexistent/python3"));
        String text = run(benchmark, all.toArray(String[]::new));
        for (int i = 0; i < counts.size(); i += 2) {
            String line = counts.get(i) + ": " + counts.get(i + 1) + " parameters";
            assertTrue(text.contains("merlab " + line), text);
            assertTrue(!torch || text.contains("PyTorch " + line), text);
            assertTrue(text.matches("(?s).*\\n" + counts.get(i) + " +merlab .*"), text);
            assertTrue(!torch || text.matches("(?s).*\\n" + counts.get(i)
                    + " +PyTorch \\S+ +(\\S+ +){2}- +\\S+ +1\\.00 +1\\.00 .*"), text);
        }
        assertTrue(torch || text.contains("PyTorch not available"), text);
        return text;
    }

    /** Whether {@link #PYTHON} imports torch (Debian's python3-torch). */
    static boolean torchImports() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import torch").redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** The script of {@code environment/bench/} as the tests (run in lib/) reach it. */
    static Path script(String name) {
        return Path.of("..", "environment", "bench", name);
    }
}
