package org.merlab.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints how long {@link SyntheticEmotify} takes (thread CPU time, and wall time, which is noisy on a shared box)
 * and how much it writes, for the smoke and the default corpus. A benchmark, not a test; run it by hand:
 * {@code java -cp lib/target/test-classes:lib/target/classes org.merlab.data.SyntheticEmotifyBenchmark}.
 */
public final class SyntheticEmotifyBenchmark {

    private SyntheticEmotifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path root = Files.createTempDirectory("merlab-synth-bench");
        try {
            for (SyntheticEmotify.Options o : new SyntheticEmotify.Options[] {
                    SyntheticEmotify.Options.SMOKE, SyntheticEmotify.Options.DEFAULT}) {
                Path dir = root.resolve("corpus-" + o.tracks());
                long t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                SyntheticEmotify.Summary s = SyntheticEmotify.generate(dir, o);
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s: %d tracks, %.1f MB, %.2f s CPU, %.2f s wall, dominant = intended for %d%n",
                        o, s.tracks(), s.bytes() / 1e6, cpu, wall, s.dominantIsIntended());
            }
        } finally {
            org.merlab.io.AtomicFiles.deleteTree(root);
        }
    }
}
