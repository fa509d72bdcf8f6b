package org.merlab.train;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.models.CnnLstm;
import org.nd4j.linalg.factory.Nd4j;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Training speed of the paper's CNN-LSTM on the paper's shapes: {@code samples} random examples of 28 x 1 with random
 * labels, trained for one warm-up epoch and {@code epochs} timed epochs per batch size. Prints seconds per epoch
 * (each and the median of the timed ones) in wall and in process CPU time (which other jobs on a shared machine
 * inflate far less), the ratio to the PyTorch reference ({@code environment/bench/cnn_lstm_torch.py}: same network,
 * data shapes and batch sizes), peak Java heap and JavaCPP's peak physical memory (heap plus native).
 *
 * <p>Only the parameter updates are timed ({@link Trainer#trainEpoch}), as a Keras/PyTorch epoch without validation.
 * The ND4J native build is whichever {@code nd4j-native} classifier jar is on the class path (a non-default one also
 * needs {@code -Dorg.bytedeco.javacpp.platform.extension=-onednn-avx2} or the like); the thread count comes from
 * {@code OMP_NUM_THREADS}. Not a test: the numbers depend on the machine and its load, which is printed too.
 */
@Command(name = "cnn-lstm-benchmark", mixinStandardHelpOptions = true,
        description = "Seconds per training epoch of the paper's CNN-LSTM on random data.")
public final class CnnLstmBenchmark implements Callable<Integer> {

    /**
     * Seconds per epoch of 8000 by batch size: PyTorch 1.13.1 (Debian python3-torch), one thread, measured with
     * {@code environment/bench/cnn_lstm_torch.py} on the 2-core development machine when it was quiet (2026-11-21).
     */
    private static final Map<Integer, Double> PYTORCH = Map.of(32, 16.8, 64, 14.8);
    /** Process CPU time, less sensitive than wall time to other jobs on a shared machine. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Option(names = "--samples", description = "training examples per epoch (default ${DEFAULT-VALUE})")
    int samples = 8000;

    @Option(names = "--classes", description = "softmax outputs (default ${DEFAULT-VALUE})")
    int classes = 9;

    @Option(names = "--batch", split = ",", description = "batch sizes (default ${DEFAULT-VALUE})")
    List<Integer> batches = List.of(32, 64);

    @Option(names = "--epochs", description = "timed epochs after the warm-up (default ${DEFAULT-VALUE})")
    int epochs = 3;

    @Option(names = "--workspace", description = "DL4J training workspace mode: ${COMPLETION-CANDIDATES}"
            + " (default ${DEFAULT-VALUE})")
    WorkspaceMode workspace = WorkspaceMode.ENABLED;

    @Option(names = "--cache", description = "DL4J cache mode: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    CacheMode cache = CacheMode.NONE;

    @Option(names = "--disable-helpers", description = "forbid ND4J platform helpers such as oneDNN's kernels")
    boolean disableHelpers;

    @Option(names = "--seed", description = "weights, data and shuffling seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    /** Highest JavaCPP physical memory (process resident size) seen after an epoch. */
    private long physicalPeak;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CnnLstmBenchmark()).execute(args));
    }

    @Override
    public Integer call() {
        Nd4j.getEnvironment().allowHelpers(!disableHelpers);
        var rng = new Random(seed);
        double[][] x = new double[samples][CnnLstm.PAPER_INPUT_LENGTH];
        for (double[] row : x) {
            Arrays.setAll(row, j -> rng.nextGaussian());
        }
        int[] y = rng.ints(samples, 0, classes).toArray();
        System.out.printf(Locale.ROOT, "CNN-LSTM training benchmark: %d x %dx1 random, %d classes, seed %d%n",
                samples, CnnLstm.PAPER_INPUT_LENGTH, classes, seed);
        System.out.printf(Locale.ROOT, "java %s, nd4j native %s, OMP_NUM_THREADS=%s, helpers %s, workspace %s,"
                        + " cache %s, load average %.1f%n",
                Runtime.version(), nativeJar(), System.getenv("OMP_NUM_THREADS"),
                Nd4j.getEnvironment().helpersAllowed(), workspace, cache,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int batch : batches) {
            run(x, y, batch);
        }
        System.out.printf(Locale.ROOT, "peak heap %.0f MB, peak resident memory (JavaCPP) %.0f MB%n",
                peakHeap() / 1e6, physicalPeak / 1e6);
        return 0;
    }

    private void run(double[][] x, int[] y, int batch) {
        var conf = CnnLstm.builder().nClasses(classes).seed(seed).configuration();
        conf.setTrainingWorkspaceMode(workspace);
        var net = new MultiLayerNetwork(conf);
        net.init();
        net.setCacheMode(cache);
        var network = Network.of(net);
        var examples = Examples.classes(x, y, VectorLayout.of(net));
        int[] bounds = LastBatch.MERGE.bounds(x.length, batch);
        var shuffle = new Random(seed);
        int[] order = IntStream.range(0, x.length).toArray();
        double[] seconds = new double[epochs + 1];
        double[] cpuSeconds = new double[epochs + 1];
        for (int e = 0; e <= epochs; e++) {
            Trainer.shuffleInPlace(order, shuffle);
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            Trainer.trainEpoch(network, examples, order, bounds, WarmUp.none(network));
            seconds[e] = (System.nanoTime() - start) / 1e9;
            cpuSeconds[e] = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
            physicalPeak = Math.max(physicalPeak, Pointer.physicalBytes());
        }
        report(batch, "wall", seconds, x.length);
        report(batch, "process CPU", cpuSeconds, x.length);
    }

    /**
     * One line: the warm-up, the timed epochs, their median, the median scaled linearly to 8000 examples (the
     * reference's epoch) and its ratio to the PyTorch reference for the same batch size, if there is one.
     */
    private static void report(int batch, String clock, double[] seconds, int samples) {
        double[] timed = Arrays.copyOfRange(seconds, 1, seconds.length);
        double perFull = median(timed) * 8000.0 / samples;
        Double torch = PYTORCH.get(batch);
        String ratio = torch == null ? "no PyTorch reference for this batch size"
                : String.format(Locale.ROOT, "%.2fx PyTorch (%.1f s)", perFull / torch, torch);
        System.out.printf(Locale.ROOT, "batch %d, %s: warm-up %.1f s, timed %s s -> median %.1f s/epoch"
                        + " = %.1f s per 8000 = %s%n",
                batch, clock, seconds[0], format(timed), median(timed), perFull, ratio);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String format(double[] v) {
        return String.join(" ", Arrays.stream(v).mapToObj(d -> String.format(Locale.ROOT, "%.1f", d)).toList());
    }

    /** The nd4j-native classifier jar on the class path (e.g. {@code linux-x86_64-avx2}), which holds the binaries. */
    private static String nativeJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.matches(".*/nd4j-native-\\d[^/]*-linux-[^/]*\\.jar"))
                .map(p -> p.replaceAll(".*/nd4j-native-\\d[^-]*-[^-]+-", "").replace(".jar", ""))
                .findFirst().orElse("unknown");
    }

    /** Sum of the heap pools' peak usage since the JVM started. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
