package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Runs the benchmark on a toy size to check it works and what it prints; its timings are not checked. */
class CnnLstmBenchmarkTest {

    @Test
    void printsWallAndCpuLinesPerBatchSizeWithThePyTorchRatioWhereKnown() {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new CnnLstmBenchmark())
                    .execute("--samples", "24", "--epochs", "1", "--batch", "32,12", "--classes", "3");
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("24 x 28x1 random, 3 classes, seed 1"), text);
        assertTrue(text.matches("(?s).*batch 32, wall: .*x PyTorch \\(16\\.8 s: PyTorch 1\\.13\\.1, one thread, .*"
                + "2026-11-21\\).*"), text);
        assertTrue(text.matches("(?s).*batch 32, process CPU: .*"), text);
        assertTrue(text.contains("no PyTorch reference for this batch size"), text);
        assertTrue(text.contains("peak heap"), text);
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
