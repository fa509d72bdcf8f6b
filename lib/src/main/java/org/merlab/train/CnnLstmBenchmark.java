package org.merlab.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Training speed of the paper's CNN-LSTM, merlab against PyTorch in one run: {@code samples} random examples of
 * 28 x 1 with random labels, one epoch of parameter updates at a time ({@link Trainer#trainEpoch}, as a Keras or
 * PyTorch epoch without validation), for each batch size with ND4J's platform (oneDNN) helpers on and off, and the
 * same network in PyTorch ({@code environment/bench/cnn_lstm_torch.py --serve}, a child process that trains an epoch
 * whenever asked). Every side gets one untimed warm-up epoch, then {@code repeats} rounds in which each side trains
 * one epoch in turn, so a change in the machine's load touches all of them alike; the table gives the medians.
 *
 * <p>Times are wall clock and process CPU time (the JVM's includes its garbage collector and JIT threads; the
 * training thread's own CPU time is shown beside it). On a shared machine the wall clock also counts other jobs, CPU
 * time much less: the ratios to PyTorch are given for both. Without PyTorch (no interpreter, or no {@code torch}
 * module) the benchmark says so and prints merlab's rows alone. Not a test: the numbers depend on the machine.
 */
@Command(name = "cnn-lstm-benchmark", mixinStandardHelpOptions = true,
        description = "Seconds per training epoch of the paper's CNN-LSTM on random data, merlab and PyTorch.")
public final class CnnLstmBenchmark implements Callable<Integer> {

    /** Rows the and README's epochs have: the table scales each median to it. */
    static final int REFERENCE_ROWS = 8000;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--samples", description = "training examples per epoch (default ${DEFAULT-VALUE})")
    int samples = 2000;

    @Option(names = "--classes", description = "softmax outputs (default ${DEFAULT-VALUE})")
    int classes = 9;

    @Option(names = "--batch", split = ",", description = "batch sizes (default ${DEFAULT-VALUE})")
    List<Integer> batches = List.of(32, 64);

    @Option(names = "--repeats", description = "timed epochs per side after the warm-up (default ${DEFAULT-VALUE})")
    int repeats = 3;

    @Option(names = "--helpers", split = ",", arity = "1", description = "ND4J platform-helper settings to run, true = oneDNN"
            + " kernels allowed (default ${DEFAULT-VALUE})")
    List<Boolean> helpers = List.of(true, false);

    @Option(names = "--workspace", description = "DL4J training workspace mode: ${COMPLETION-CANDIDATES}"
            + " (default ${DEFAULT-VALUE})")
    WorkspaceMode workspace = WorkspaceMode.ENABLED;

    @Option(names = "--cache", description = "DL4J cache mode: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    CacheMode cache = CacheMode.NONE;

    @Option(names = "--python", description = "Python with torch (default ${DEFAULT-VALUE})")
    Path python = Path.of("/usr/bin/python3");

    @Option(names = "--torch-script", description = "the PyTorch side (default ${DEFAULT-VALUE})")
    Path torchScript = Path.of("environment/bench/cnn_lstm_torch.py");

    @Option(names = "--seed", description = "weights, data and shuffling seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    /** Highest JavaCPP physical memory (process resident size) seen after an epoch. */
    private long physicalPeak;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CnnLstmBenchmark()).execute(args));
    }

    /** Seconds one epoch took. */
    record Epoch(double wall, double cpu, double threadCpu) {
    }

    /** Trains one epoch when asked. */
    @FunctionalInterface
    private interface Trainee {
        Epoch epoch() throws IOException;
    }

    /** One row of the table. */
    private record Side(int batch, String name, boolean torch, Trainee trainee) {
        Epoch epoch() throws IOException {
            return trainee.epoch();
        }
    }

    @Override
    public Integer call() throws IOException {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var rng = new Random(seed);
        double[][] x = new double[samples][CnnLstm.PAPER_INPUT_LENGTH];
        for (double[] row : x) {
            Arrays.setAll(row, j -> rng.nextGaussian());
        }
        int[] y = rng.ints(samples, 0, classes).toArray();
        double[][] xVal = new double[Math.max(1, samples / 4)][CnnLstm.PAPER_INPUT_LENGTH];
        for (double[] row : xVal) {
            Arrays.setAll(row, j -> rng.nextGaussian());
        }
        int[] yVal = rng.ints(xVal.length, 0, classes).toArray();
        out.printf(Locale.ROOT, "CNN-LSTM training benchmark: %d x %dx1 random, %d classes, seed %d; one warm-up"
                        + " epoch, then %d interleaved rounds of one epoch per side%n",
                samples, CnnLstm.PAPER_INPUT_LENGTH, classes, seed, repeats);
        out.printf(Locale.ROOT, "java %s, nd4j native %s, OMP_NUM_THREADS=%s, workspace %s, cache %s,"
                        + " load average %.1f%n",
                Runtime.version(), nativeJars(), System.getenv("OMP_NUM_THREADS"), workspace, cache,
                PROCESS.getSystemLoadAverage());
        try (var torch = TorchProcess.start(python, torchScript, samples, classes, seed)) {
            out.println(torch.available() ? "PyTorch: " + torch.version() + ", one thread, " + torchScript
                    : "PyTorch not available (" + torch.failure() + "): merlab's rows alone");
            List<Side> sides = new ArrayList<>();
            for (int batch : batches) {
                for (boolean allowed : helpers) {
                    sides.add(merlab(x, y, batch, allowed));
                }
                if (torch.available()) {
                    sides.add(torch.side(batch));
                }
            }
            for (boolean allowed : helpers) {
                sides.add(evaluation(x, y, xVal, yVal, allowed));
            }
            List<List<Epoch>> timed = new ArrayList<>();
            for (Side side : sides) {
                side.epoch();
                timed.add(new ArrayList<>());
            }
            for (int r = 0; r < repeats; r++) {
                for (int s = 0; s < sides.size(); s++) {
                    timed.get(s).add(sides.get(s).epoch());
                }
            }
            table(out, sides, timed);
        }
        out.printf(Locale.ROOT, "load average %.1f; merlab peak heap %.0f MB, peak resident memory (JavaCPP) %.0f MB%n",
                PROCESS.getSystemLoadAverage(), peakHeap() / 1e6, physicalPeak / 1e6);
        return 0;
    }

    private Side merlab(double[][] x, int[] y, int batch, boolean allowed) {
        var net = net(allowed);
        var network = Network.of(net);
        var examples = Examples.classes(x, y, VectorLayout.of(net));
        int[] bounds = LastBatch.MERGE.bounds(x.length, batch);
        var shuffle = new Random(seed);
        int[] order = IntStream.range(0, x.length).toArray();
        return new Side(batch, "merlab, helpers " + helpers(allowed), false, () -> timed(allowed, () -> {
            Trainer.shuffleInPlace(order, shuffle);
            Trainer.trainEpoch(network, examples, order, bounds, WarmUp.none(network));
        }));
    }

    /** What {@link Trainer} does after each epoch's updates: batch-norm statistics, then scoring (batch 0 in the table). */
    private Side evaluation(double[][] x, int[] y, double[][] xVal, int[] yVal, boolean allowed) {
        var net = net(allowed);
        var network = Network.of(net);
        var train = Examples.classes(x, y, VectorLayout.of(net));
        var val = Examples.classes(xVal, yVal, VectorLayout.of(net));
        return new Side(0, "evaluation, helpers " + helpers(allowed), false, () -> timed(allowed,
                () -> Trainer.evaluate(network, train, val, BatchNormStatistics.RECOMPUTED)));
    }

    private static String helpers(boolean allowed) {
        return allowed ? "on (oneDNN)" : "off";
    }

    private MultiLayerNetwork net(boolean allowed) {
        // The setting is global to ND4J; set before the layers are built and again before each epoch.
        Nd4j.getEnvironment().allowHelpers(allowed);
        var conf = CnnLstm.builder().nClasses(classes).seed(seed).configuration();
        conf.setTrainingWorkspaceMode(workspace);
        var net = new MultiLayerNetwork(conf);
        net.init();
        net.setCacheMode(cache);
        return net;
    }

    private Epoch timed(boolean allowed, Runnable work) {
        Nd4j.getEnvironment().allowHelpers(allowed);
        long start = System.nanoTime();
        long cpu = PROCESS.getProcessCpuTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        work.run();
        var e = new Epoch((System.nanoTime() - start) / 1e9, (PROCESS.getProcessCpuTime() - cpu) / 1e9,
                (THREADS.getCurrentThreadCpuTime() - thread) / 1e9);
        physicalPeak = Math.max(physicalPeak, Pointer.physicalBytes());
        return e;
    }

    /**
     * Medians per side, CPU scaled to {@link #REFERENCE_ROWS}, and each merlab row's ratio to PyTorch at its batch
     * size (CPU and wall).
     */
    private void table(PrintWriter out, List<Side> sides, List<List<Epoch>> timed) {
        out.printf(Locale.ROOT, "%-5s %-28s %8s %8s %8s %9s %7s %7s  %s%n", "batch", "run", "wall s", "CPU s",
                "thread s", "CPU/" + REFERENCE_ROWS, "xPT CPU", "xPT wall", "CPU s of each epoch");
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            List<Epoch> epochs = timed.get(s);
            double wall = median(epochs.stream().mapToDouble(Epoch::wall).toArray());
            double cpu = median(epochs.stream().mapToDouble(Epoch::cpu).toArray());
            Epoch torch = null;
            for (int t = 0; t < sides.size(); t++) {
                if (sides.get(t).torch() && sides.get(t).batch() == side.batch()) {
                    List<Epoch> te = timed.get(t);
                    torch = new Epoch(median(te.stream().mapToDouble(Epoch::wall).toArray()),
                            median(te.stream().mapToDouble(Epoch::cpu).toArray()), Double.NaN);
                }
            }
            String thread = side.torch() ? "-"
                    : String.format(Locale.ROOT, "%.2f", median(epochs.stream().mapToDouble(Epoch::threadCpu)
                    .toArray()));
            String cpuRatio = torch == null ? "-" : String.format(Locale.ROOT, "%.2f", cpu / torch.cpu());
            String wallRatio = torch == null ? "-" : String.format(Locale.ROOT, "%.2f", wall / torch.wall());
            out.printf(Locale.ROOT, "%-5s %-28s %8.2f %8.2f %8s %9.1f %7s %7s  %s%n",
                    side.batch() == 0 ? "-" : String.valueOf(side.batch()), side.name(),
                    wall, cpu, thread, cpu * REFERENCE_ROWS / samples, cpuRatio, wallRatio,
                    String.join(" ", epochs.stream().map(e -> String.format(Locale.ROOT, "%.2f", e.cpu())).toList()));
        }
        out.printf(Locale.ROOT, "CPU = process CPU time (the JVM's includes GC and JIT threads), thread = merlab's"
                + " training thread; xPT = ratio of medians to PyTorch at the same batch size; evaluation = what the"
                + " trainer adds after each epoch (batch-norm statistics, training accuracy, validation loss and"
                + " accuracy on %d more rows; no PyTorch counterpart)%n", Math.max(1, samples / 4));
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The nd4j-native classifier jars on the class path (e.g. {@code linux-x86_64-onednn-avx2}). */
    private static String nativeJars() {
        return String.join(" + ", Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.matches(".*/nd4j-native-\\d[^/]*-linux-[^/]*\\.jar"))
                .map(p -> p.replaceAll(".*/nd4j-native-\\d[^-]*-[^-]+-", "").replace(".jar", ""))
                .toList());
    }

    /** Sum of the heap pools' peak usage since the JVM started. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /**
     * The PyTorch side: {@code cnn_lstm_torch.py --serve} in a child process, which trains one epoch per request and
     * answers with its own wall and process CPU seconds. Unavailable, with the reason, when the interpreter or the
     * script is missing or the script exits before saying it is ready (e.g. no {@code torch} module).
     */
    private static final class TorchProcess implements AutoCloseable {
        private final Process process;
        private final BufferedReader in;
        private final PrintWriter to;
        private final String version;
        private final String failure;

        private TorchProcess(Process process, BufferedReader in, PrintWriter to, String version, String failure) {
            this.process = process;
            this.in = in;
            this.to = to;
            this.version = version;
            this.failure = failure;
        }

        static TorchProcess start(Path python, Path script, int samples, int classes, long seed) throws IOException {
            if (!Files.isExecutable(python)) {
                return unavailable("no executable " + python);
            }
            if (!Files.isRegularFile(script)) {
                return unavailable("no script " + script.toAbsolutePath());
            }
            var pb = new ProcessBuilder(python.toString(), script.toString(), "--serve", "--samples",
                    String.valueOf(samples), "--classes", String.valueOf(classes), "--seed", String.valueOf(seed));
            // One stream: warnings and a traceback arrive between the protocol lines, and the last of them says why
            // the script stopped.
            pb.redirectErrorStream(true);
            Process p = pb.start();
            var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            var to = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8);
            String last = "exited without output";
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("ready ")) {
                    return new TorchProcess(p, in, to, "PyTorch " + line.substring(6), null);
                }
                if (!line.isBlank()) {
                    last = line.strip();
                }
            }
            p.destroy();
            return unavailable(python + " " + script + ": " + last);
        }

        private static TorchProcess unavailable(String why) {
            return new TorchProcess(null, null, null, null, why);
        }

        boolean available() {
            return process != null;
        }

        String version() {
            return version;
        }

        String failure() {
            return failure;
        }

        Side side(int batch) {
            return new Side(batch, version, true, () -> {
                to.println("epoch " + batch);
                String want = "epoch " + batch + " ";
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith(want)) {
                        String[] w = line.split(" ");
                        return new Epoch(Double.parseDouble(w[2]), Double.parseDouble(w[3]), Double.NaN);
                    }
                    if (line.startsWith("error")) {
                        throw new IOException("PyTorch side: " + line);
                    }
                }
                throw new IOException("PyTorch side exited during an epoch");
            });
        }

        @Override
        public void close() {
            if (process == null) {
                return;
            }
            to.close();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroy();
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }
}
