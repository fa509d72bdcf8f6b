package org.merlab.features;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Prints how fast HPSS, onset strength, tempo and beat tracking run on a 3 s and the 30 s reference clips (one thread):
 * the median wall and thread-CPU time of several runs after a JIT warm-up, and the multiple of real time by CPU
 * time (on a shared machine wall time mostly measures the neighbours). Not a test; run with
 * {@code make bench-rhythm}.
 */
public final class RhythmBenchmark {

    private static final double SR = 22050;
    private static final int RUNS = 7;

    private RhythmBenchmark() {
    }

    public static void main(String[] args) {
        float[] warm = Conformance.signal("emotify_rock_147_0-30s");
        for (int i = 0; i < 5; i++) {
            Effects.harmonic(warm);
            Beat.beatTrack(warm, SR);
        }
        System.out.printf("%-26s %-36s %8s %8s %8s%n", "clip", "step", "wall ms", "cpu ms", "x real");
        for (String clip : Conformance.CLIPS.subList(1, Conformance.CLIPS.size())) {
            float[] y = Conformance.signal(clip);
            double seconds = y.length / SR;
            float[][] magnitude = Stft.stft(y).magnitude();
            float[] onset = Onset.onsetStrength(y, SR, Onset.Aggregate.MEDIAN);
            report(clip, "stft magnitude", seconds, () -> Stft.stft(y).magnitude());
            report(clip, "median filter along frames (31)", seconds, () -> MedianFilter.alongRows(magnitude, 31));
            report(clip, "median filter along bins (31)", seconds, () -> MedianFilter.alongColumns(magnitude, 31));
            report(clip, "Effects.harmonic (stft+hpss+istft)", seconds, () -> Effects.harmonic(y));
            Spectrogram stft = Stft.stft(y);
            report(clip, "Effects.harmonicMean(stft)", seconds, () -> Effects.harmonicMean(stft, y.length,
                    HpssOptions.DEFAULT, StftOptions.DEFAULT));
            report(clip, "Effects.harmonicMean(stft, magnitude)", seconds, () -> Effects.harmonicMean(stft,
                    magnitude, y.length, HpssOptions.DEFAULT, StftOptions.DEFAULT));
            report(clip, "Effects.harmonicMean(y) (with stft)", seconds, () -> Effects.harmonicMean(y));
            report(clip, "Onset.onsetStrength(y) median", seconds, () -> Onset.onsetStrength(y, SR,
                    Onset.Aggregate.MEDIAN));
            report(clip, "Tempo.tempo(onset)", seconds, () -> Tempo.tempo(onset));
            report(clip, "Beat.beatTrackOnsets(onset)", seconds, () -> Beat.beatTrackOnsets(onset));
            report(clip, "Beat.beatTrack(y)", seconds, () -> Beat.beatTrack(y, SR));
        }
    }

    private static void report(String clip, String step, double seconds, Supplier<?> work) {
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
        System.out.printf("%-26s %-36s %8.1f %8.1f %8.0f%n", clip, step, wall[RUNS / 2], cpuMedian,
                seconds * 1000 / cpuMedian);
    }
}
