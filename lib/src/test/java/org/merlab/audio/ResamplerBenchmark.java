package org.merlab.audio;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Prints how long {@link Resampler#resample} takes for 60 s of audio at common rates, on one thread, as CPU time
 * of the calling thread (wall time on a shared, loaded machine says more about the neighbours than about the code).
 * A benchmark, not a test. Run with {@code make bench-audio}, or by hand:
 * {@code java -cp lib/target/test-classes:lib/target/classes:<deps> org.merlab.audio.ResamplerBenchmark [runs]}.
 */
public final class ResamplerBenchmark {

    private static final long SEED = 20261121L;
    private static final int SECONDS = 60;

    private ResamplerBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int srIn : new int[] {44100, 32000, 48000}) {
            float[] x = noise(srIn * SECONDS);
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = threads.getCurrentThreadCpuTime();
                Resampler.resample(x, srIn, 22050);
                seconds[r] = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            System.out.printf("resample %d s %d -> 22050 Hz: CPU min %.3f s, median %.3f s over %d runs"
                    + " (the first, with JIT warm-up, included)%n", SECONDS, srIn, seconds[0], seconds[runs / 2], runs);
        }
    }

    private static float[] noise(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1) * 0.5f;
        }
        return x;
    }
}
