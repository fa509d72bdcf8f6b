package org.merlab.io;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lineModePrintsEachTenthThenASummary() {
        try (Progress p = new Progress("decode", 20, out, false, nanos::get)) {
            for (int i = 0; i < 20; i++) {
                nanos.addAndGet(500_000_000L);
                p.step();
            }
        }
        List<String> lines = output().lines().toList();
        assertEquals(11, lines.size(), output());
        assertEquals("decode: 2/20  10% 2.0/s ETA 0:09", lines.get(0));
        assertEquals("decode: 20/20 100% 2.0/s ETA 0:00", lines.get(9));
        assertEquals("decode: done, 20 items in 10.0 s (2.0/s)", lines.get(10));
        assertFalse(output().contains("\r"));
    }

    @Test
    void lineModePrintsAfterFiveSecondsEvenWithinATenth() {
        try (Progress p = new Progress("train", 1000, out, false, nanos::get)) {
            p.step();
            nanos.addAndGet(Progress.LINE_SECONDS * 1_000_000_000L);
            p.step();
            p.step();
        }
        List<String> lines = output().lines().toList();
        assertEquals(List.of("train: 2/1000   0% 2.5 s/item ETA 41:35", "train: done, 3 items in 5.0 s (1.7 s/item)"),
                lines);
    }

    @Test
    void terminalModeRedrawsOneLineInPlace() {
        try (Progress p = new Progress("fit", 4, out, true, nanos::get)) {
            nanos.addAndGet(1_000_000_000L);
            p.step(2);
            nanos.addAndGet(1_000_000L);
            p.step();
        }
        String text = output();
        assertTrue(text.startsWith("\rfit [------------------------------] 0/4   0% -/s ETA --:--"), text);
        assertTrue(text.contains("\rfit [###############---------------] 2/4  50% 2.0/s ETA 0:01"), text);
        // The third step came 1 ms later, too soon to redraw: three draws (start, step 2, close), not four.
        assertEquals(3, text.chars().filter(c -> c == '\r').count(), text);
        assertTrue(text.endsWith("\rfit [######################--------] 3/4  75% 3.0/s ETA 0:00\n"
                + "fit: done, 3 items in 1.0 s (3.0/s)\n"), text);
    }

    @Test
    void aStepsDetailFollowsTheStatusUntilTheNextOne() {
        try (Progress p = new Progress("CNN-LSTM", 2, out, false, nanos::get)) {
            nanos.addAndGet(40_000_000_000L);
            p.step("epoch 1/2 loss 2.2129");
            nanos.addAndGet(40_000_000_000L);
            p.step("epoch 2/2 loss 2.1000");
        }
        assertEquals(List.of("CNN-LSTM: 1/2  50% 40.0 s/item ETA 0:40 | epoch 1/2 loss 2.2129",
                "CNN-LSTM: 2/2 100% 40.0 s/item ETA 0:00 | epoch 2/2 loss 2.1000",
                "CNN-LSTM: done, 2 items in 80.0 s (40.0 s/item)"), output().lines().toList());
    }

    @Test
    void theModeVariableForcesRedrawOrLinesAndRejectsOtherValues() {
        assertTrue(Progress.redraws("redraw"));
        assertFalse(Progress.redraws(" lines "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Progress.redraws("fancy"));
        assertEquals("MERLAB_PROGRESS must be redraw or lines, got 'fancy'", e.getMessage());
    }

    @Test
    void concurrentStepsAreAllCountedAndEachTenthPrintedOnce() throws Exception {
        int threads = 4;
        int perThread = 25_000;
        Progress p = new Progress("batch", (long) threads * perThread, out, false, nanos::get);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    p.step();
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        p.close();
        p.close();
        assertEquals((long) threads * perThread, p.done());
        assertEquals(11, output().lines().count(), output());
    }

    @Test
    void rejectsNegativeTotalOrSteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Progress("x", -1, out, false, nanos::get));
        assertEquals("progress total must be >= 0, got -1 for 'x'", e.getMessage());
        Progress p = new Progress("y", 3, out, false, nanos::get);
        e = assertThrows(IllegalArgumentException.class, () -> p.step(-2));
        assertEquals("progress steps must be >= 0, got -2 for 'y'", e.getMessage());
    }
}
