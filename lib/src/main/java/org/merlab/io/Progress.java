package org.merlab.io;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress report for long loops, on stderr. Where {@code \r} redraws (a terminal, a Jupyter notebook) it redraws
 * one line in place ({@code \r label [#####-----] 42/120 35% 3.1/s ETA 0:25}) at most every {@value #REDRAW_MILLIS}
 * ms. Elsewhere (a CI log, a pipe) it prints a plain line at each further tenth of the total, or when
 * {@value #LINE_SECONDS} s have passed since the last line. {@link #close()} prints a summary. A step may carry a
 * detail, e.g. the epoch's losses, shown after the status until the next detail.
 * <p>
 * Lives in {@code io}, left of every stage, because decoding, feature extraction and training all report through it.
 * <p>
 * Thread safe: worker threads may call {@link #step()} concurrently; each call takes one short lock, which is
 * negligible beside a work item worth reporting (decoding a file, a training batch).
 */
public final class Progress implements AutoCloseable {

    static final long REDRAW_MILLIS = 100;
    static final long LINE_SECONDS = 5;
    private static final int BAR_WIDTH = 30;
    /** {@code redraw} or {@code lines} forces a mode; the Jupyter kernelspec sets {@code redraw}. */
    public static final String MODE_VARIABLE = "MERLAB_PROGRESS";

    private final String label;
    private final long total;
    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long startNanos;

    private long done;
    private long lastPrintNanos;
    private long lastTenth;
    private int lastWidth;
    private String detail = "";
    private boolean closed;

    Progress(String label, long total, PrintStream out, boolean terminal, LongSupplier nanoClock) {
        if (total < 0) {
            throw new IllegalArgumentException("progress total must be >= 0, got " + total + " for '" + label + "'");
        }
        this.label = label;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastPrintNanos = startNanos;
        if (terminal) {
            redraw();
        }
    }

    /**
     * A progress report for {@code total} items on stderr, redrawn in place when {@value #MODE_VARIABLE} is
     * {@code redraw} or, when it is unset, the JVM runs in an interactive terminal
     * ({@code System.console().isTerminal()}); in plain lines otherwise (CI, a pipe).
     *
     * @throws IllegalArgumentException if {@value #MODE_VARIABLE} is set to anything else
     */
    public static Progress start(String label, long total) {
        return new Progress(label, total, System.err, redraws(System.getenv(MODE_VARIABLE)), System::nanoTime);
    }

    /** Whether {@code mode} (the value of {@value #MODE_VARIABLE}, null if unset) means redrawing in place. */
    static boolean redraws(String mode) {
        if (mode == null || mode.isBlank()) {
            Console console = System.console();
            return console != null && console.isTerminal();
        }
        return switch (mode.strip()) {
            case "redraw" -> true;
            case "lines" -> false;
            default -> throw new IllegalArgumentException(MODE_VARIABLE + " must be redraw or lines, got '" + mode
                    + "'");
        };
    }

    /** One more item done. */
    public void step() {
        step(1);
    }

    /** One more item done, with a detail shown after the status from now on (e.g. the epoch's losses). */
    public synchronized void step(String detail) {
        this.detail = " | " + detail;
        step(1);
    }

    /** {@code n} more items done. */
    public synchronized void step(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("progress steps must be >= 0, got " + n + " for '" + label + "'");
        }
        done += n;
        long now = nanoClock.getAsLong();
        if (terminal) {
            if (now - lastPrintNanos >= REDRAW_MILLIS * 1_000_000 || done == total) {
                lastPrintNanos = now;
                redraw();
            }
            return;
        }
        long tenth = total == 0 ? 10 : Math.min(10, done * 10 / total);
        if (tenth > lastTenth || now - lastPrintNanos >= LINE_SECONDS * 1_000_000_000) {
            lastTenth = Math.max(lastTenth, tenth);
            lastPrintNanos = now;
            out.println(label + ": " + status(now));
        }
    }

    /** Items done so far. */
    public synchronized long done() {
        return done;
    }

    /** Prints the summary "label: done, N items in T s (R/s)"; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long now = nanoClock.getAsLong();
        if (terminal) {
            redraw();
            out.println();
        }
        double seconds = (now - startNanos) / 1e9;
        out.println(String.format(Locale.ROOT, "%s: done, %d items in %.1f s (%s)", label, done, seconds,
                rate(seconds)));
        out.flush();
    }

    private void redraw() {
        long now = nanoClock.getAsLong();
        int filled = (int) (BAR_WIDTH * fraction());
        String line = label + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(now);
        // Pad over the previous, possibly longer line (an ETA can shrink), then return to the line's start.
        out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        out.flush();
        lastWidth = line.length();
    }

    private String status(long now) {
        double seconds = (now - startNanos) / 1e9;
        String eta = done == 0 || seconds <= 0 ? "--:--" : clock((total - Math.min(done, total)) * seconds / done);
        return String.format(Locale.ROOT, "%d/%d %3.0f%% %s ETA %s%s", done, total, 100 * fraction(), rate(seconds),
                eta, detail);
    }

    private double fraction() {
        return total == 0 ? 1 : Math.min(1.0, (double) done / total);
    }

    /** Items per second, or seconds per item when items take longer than a second (training epochs). */
    private String rate(double seconds) {
        if (seconds <= 0) {
            return "-/s";
        }
        double perSecond = done / seconds;
        return perSecond >= 1 || done == 0 ? String.format(Locale.ROOT, "%.1f/s", perSecond)
                : String.format(Locale.ROOT, "%.1f s/item", seconds / done);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
