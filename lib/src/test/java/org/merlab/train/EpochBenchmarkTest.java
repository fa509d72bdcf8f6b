package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.train.EpochBenchmark.Epoch;
import org.merlab.train.EpochBenchmark.Side;
import org.merlab.train.EpochBenchmark.TorchProcess;

/** The shared machinery on fake sides: no network is trained and no timing is checked. */
class EpochBenchmarkTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, EpochBenchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, EpochBenchmark.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void commaListIsWhatTheScriptsParse() {
        assertEquals("32,32,17", EpochBenchmark.commaList(new int[] {32, 32, 17}));
    }

    @Test
    void everySideWarmsUpOnceThenTrainsOncePerRoundInTurn() throws Exception {
        List<String> calls = new ArrayList<>();
        List<Side> sides = List.of(fake("a", calls, 1), fake("b", calls, 2));
        List<List<Epoch>> timed = EpochBenchmark.rounds(sides, 2);
        assertEquals(List.of("a", "b", "a", "b", "a", "b"), calls);
        assertEquals(2, timed.get(0).size());
        assertEquals(2, timed.get(1).size());
    }

    @Test
    void tableGivesEachRowsRatioToPyTorchOfItsGroupOnly() throws Exception {
        List<Side> sides = List.of(fakeSide("m1", false, 6), fakeSide("m1", true, 2), fakeSide("m2", false, 5));
        List<List<Epoch>> timed = EpochBenchmark.rounds(sides, 1);
        var text = new StringWriter();
        EpochBenchmark.table(new PrintWriter(text, true), "model", sides, timed, 1000, "CPU ms");
        String out = text.toString();
        // merlab m1: CPU 6 against PyTorch's 2 (wall 1 each) -> 3.00 and 1.00; scaled 6000 ms
        assertTrue(out.matches("(?s).*\\nm1 +merlab +1\\.00 +6\\.00 +0\\.00 +6000\\.0 +3\\.00 +1\\.00 .*"), out);
        assertTrue(out.matches("(?s).*\\nm1 +torch +1\\.00 +2\\.00 +- +2000\\.0 +1\\.00 +1\\.00 .*"), out);
        assertTrue(out.matches("(?s).*\\nm2 +merlab +1\\.00 +5\\.00 +0\\.00 +5000\\.0 +- +- .*"), out);
    }

    @Test
    void aMissingInterpreterLeavesMerlabAlone() throws Exception {
        Path script = BenchmarkRuns.script("va_torch.py");
        try (var torch = TorchProcess.start(Path.of("/nonexistent/python3"), script, List.of())) {
            assertFalse(torch.available());
            assertEquals("PyTorch not available (no executable /nonexistent/python3): merlab's rows alone",
                    EpochBenchmark.torchLine(torch, script));
        }
    }

    private static Side fake(String name, List<String> calls, double cpu) {
        return new Side(name, name, false, () -> {
            calls.add(name);
            return new Epoch(1, cpu, 0);
        });
    }

    private static Side fakeSide(String group, boolean torch, double cpu) {
        return new Side(group, torch ? "torch" : "merlab", torch, () -> new Epoch(1, cpu, torch ? Double.NaN : 0));
    }
}
