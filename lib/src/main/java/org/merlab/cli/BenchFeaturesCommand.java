package org.merlab.cli;

import org.merlab.audio.Audio;
import org.merlab.audio.AudioSignal;
import org.merlab.audio.Resampler;
import org.merlab.features.PaperFeatures;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merlab bench-features DIR}: throughput of the paper-feature pipeline on every 3 s segment of the audio under
 * DIR, on one thread and on all cores, in seconds of audio per second of wall time, plus decode and resample thread
 * CPU time, thread CPU time per stage of {@link PaperFeatures#of} and peak heap.
 * librosa 0.10.2 needs about 0.19 s per 3 s segment on one core of this kind of machine (~15x real time;
 * {@code reference/librosa-0.10.2/paper-features/README.md}), which the report compares against.
 */
@Command(name = "bench-features", description = "Benchmark paper-feature extraction (audio seconds per wall second).")
public final class BenchFeaturesCommand implements Callable<Integer> {

    private static final double SEGMENT_SECONDS = 3.0;
    private static final double LIBROSA_REAL_TIME = SEGMENT_SECONDS / 0.19;
    /** Where and when the librosa time was measured, printed with every ratio to it. */
    static final String LIBROSA_MEASURED = "librosa 0.10.2, 0.19 s per 3 s segment on one core of a shared 2-core VM, "
            + "from ../shared/reference/librosa-0.10.2/paper-features/README.md (which gives no date)";
    // Thread CPU time next to wall time: on a shared box the wall clock also counts other people's work.
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "folder searched recursively for .mp3, .wav, .ogg and .flac files")
    private Path dir;

    @Option(names = "--limit", defaultValue = "0", description = "use only the first N files (0 = all)")
    private int limit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().matches("(?i).*\\.(mp3|wav|ogg|flac)$")).sorted()
                    .limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
        }
        long t0 = System.nanoTime();
        List<float[]> segments = new ArrayList<>();
        int segmentLength = (int) (SEGMENT_SECONDS * Audio.DEFAULT_SR);
        long decodeCpu = 0;
        long resampleCpu = 0;
        double fileSeconds = 0;
        for (Path f : files) {
            // Audio.load in its two steps, timed apart.
            long c = THREADS.getCurrentThreadCpuTime();
            AudioSignal decoded = Audio.loadNative(f);
            long d = THREADS.getCurrentThreadCpuTime();
            float[] y = decoded.sampleRate() == Audio.DEFAULT_SR ? decoded.samples()
                    : Resampler.resample(decoded.samples(), decoded.sampleRate(), Audio.DEFAULT_SR);
            decodeCpu += d - c;
            resampleCpu += THREADS.getCurrentThreadCpuTime() - d;
            fileSeconds += y.length / (double) Audio.DEFAULT_SR;
            segments.addAll(Arrays.asList(PaperFeatures.split(y, y.length / segmentLength)));
        }
        double decodeSeconds = seconds(t0);
        double audioSeconds = segments.size() * SEGMENT_SECONDS;
        out.printf("%d files, %d segments of %.0f s (%.0f s of audio); decode + resample %.1f s (%.0fx real time)%n",
                files.size(), segments.size(), SEGMENT_SECONDS, audioSeconds, decodeSeconds, audioSeconds / decodeSeconds);
        out.printf("thread CPU over %.0f s of whole files (first use, JIT warm-up included): decode %s, resample to %d"
                + " Hz %s%n", fileSeconds, realTime(decodeCpu, fileSeconds), Audio.DEFAULT_SR,
                realTime(resampleCpu, fileSeconds));

        segments.stream().limit(20).forEach(s -> PaperFeatures.of(s, Audio.DEFAULT_SR)); // JIT warm-up
        long t1 = System.nanoTime();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        segments.forEach(s -> PaperFeatures.of(s, Audio.DEFAULT_SR));
        double one = audioSeconds / seconds(t1);
        double oneCpu = audioSeconds / ((THREADS.getCurrentThreadCpuTime() - cpu1) / 1e9);
        int cores = Runtime.getRuntime().availableProcessors();
        long t2 = System.nanoTime();
        try (ForkJoinPool pool = new ForkJoinPool(cores)) {
            pool.submit(() -> segments.parallelStream().forEach(s -> PaperFeatures.of(s, Audio.DEFAULT_SR))).join();
        }
        double all = audioSeconds / seconds(t2);
        out.printf("paper features, 1 thread : %.0fx real time by wall clock (%.1f ms per segment), %.0fx by thread CPU"
                        + " time; %.1fx librosa's ~%.0fx (%s)%n",
                one, 1000 * SEGMENT_SECONDS / one, oneCpu, one / LIBROSA_REAL_TIME, LIBROSA_REAL_TIME, LIBROSA_MEASURED);
        out.printf("paper features, %d threads: %.0fx real time%n", cores, all);
        var stages = new PaperFeatures.Stages();
        segments.forEach(s -> PaperFeatures.of(s, Audio.DEFAULT_SR, stages));
        double total = Arrays.stream(PaperFeatures.Stage.values()).mapToDouble(stages::seconds).sum();
        out.printf("paper features by stage, 1 thread, thread CPU (another pass over the %d segments):%n",
                segments.size());
        for (PaperFeatures.Stage stage : PaperFeatures.Stage.values()) {
            double sec = stages.seconds(stage);
            out.printf("  %-40s %7.2f s %5.1f %% %7.2f ms per segment%n", stage.description(), sec,
                    100 * sec / total, 1000 * sec / segments.size());
        }
        out.printf("peak heap: %.0f MB (max %d MB)%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }

    private static String realTime(long cpuNanos, double audioSeconds) {
        return cpuNanos == 0 ? "0 s" : String.format("%.2f s (%.0fx real time)", cpuNanos / 1e9,
                audioSeconds / (cpuNanos / 1e9));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
    }
}
