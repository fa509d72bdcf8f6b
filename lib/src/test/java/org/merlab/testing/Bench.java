package org.merlab.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times one step of a benchmark (not a test): median wall and thread-CPU milliseconds over a few runs, and the multiple
 * of real time by CPU time, which stays meaningful when other builds share the machine.
 */
public final class Bench {

    private static final int RUNS = 7;

    private Bench() {
    }

    /** Prints the column headings {@link #report} fills. */
    public static void header() {
        System.out.printf("%-28s %-36s %8s %8s %8s%n", "clip", "step", "wall ms", "cpu ms", "x real");
    }

    /** Runs {@code work} several times on audio of {@code seconds} length and prints one row. */
    public static void report(String clip, String step, double seconds, Supplier<?> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[r] = (System.nanoTime() - start) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        double cpuMedian = cpu[RUNS / 2];
        System.out.printf("%-28s %-36s %8.1f %8.1f %8.0f%n", clip, step, wall[RUNS / 2], cpuMedian,
                seconds * 1000 / cpuMedian);
    }
}
