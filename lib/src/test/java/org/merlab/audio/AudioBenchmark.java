package org.merlab.audio;

import org.merlab.testing.Shared;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints the CPU time {@link Audio#load} takes (decode, mono, resample to 22050 Hz) for real files from
 * {@code shared/datasets}, per second of audio. A benchmark, not a test; run with {@code make bench-audio}.
 */
public final class AudioBenchmark {

    private static final String[] FILES = {
            "datasets/emotify-dev/rock/47.mp3", "datasets/4q-dev/Q2/MT0000956340.mp3",
            "datasets/music-ogg/battle-epic.ogg", "reference/librosa-0.10.2/synth_3s/synth.wav"};

    private AudioBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String relative : FILES) {
            Path file = Shared.root().resolve(relative);
            if (!Files.exists(file)) {
                System.out.println("skipped, not found: " + file);
                continue;
            }
            double[] seconds = new double[runs];
            AudioSignal s = null;
            for (int r = 0; r < runs; r++) {
                long t0 = threads.getCurrentThreadCpuTime();
                s = Audio.load(file);
                seconds[r] = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            System.out.printf("Audio.load %s (%.1f s of audio): CPU min %.3f s, median %.3f s over %d runs%n",
                    relative, s.durationSeconds(), seconds[0], seconds[runs / 2], runs);
        }
    }
}
