package org.merlab.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.factory.Nd4j;

import picocli.CommandLine.Option;

/**
 * What the training-speed benchmarks share (merlab against PyTorch in one run): sides that each train one epoch when
 * asked, one untimed warm-up epoch per side, then rounds in which every side trains one epoch in turn (so a change
 * in the machine's load touches all of them alike), and a table of medians of wall and process CPU time with each
 * merlab row's ratio to the PyTorch row of its group. The PyTorch side is a child process
 * ({@code environment/bench/*_torch.py --serve}) that trains one epoch per request; without an interpreter or its
 * {@code torch} module the benchmark says so and prints merlab's rows alone. Not a test: the numbers depend on the
 * machine.
 */
final class EpochBenchmark {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The options every training benchmark has. */
    static final class Options {
        @Option(names = "--repeats", description = "timed epochs per side after the warm-up (default ${DEFAULT-VALUE})")
        int repeats = 3;

        @Option(names = "--python", description = "Python with torch (default ${DEFAULT-VALUE})")
        Path python = Path.of("/usr/bin/python3");

        @Option(names = "--seed", description = "weights, data and shuffling seed (default ${DEFAULT-VALUE})")
        long seed = 1;

        @Option(names = "--torch-script", description = "the PyTorch side (default ${DEFAULT-VALUE})")
        Path torchScript;

        /** @param script the benchmark's PyTorch side, {@code environment/bench/NAME_torch.py} */
        Options(String script) {
            torchScript = Path.of(script);
        }
    }

    /** The platform-helper setting of the benchmarks that run one. */
    static final class Helpers {
        @Option(names = "--helpers", arity = "1", description = "ND4J platform (oneDNN) helpers allowed"
                + " (default ${DEFAULT-VALUE}; they cover no LSTM)")
        boolean allowed = true;

        @Override
        public String toString() {
            return "helpers " + (allowed ? "on (oneDNN)" : "off");
        }
    }

    /** Highest JavaCPP physical memory (process resident size) seen after an epoch. */
    private long physicalPeak;

    /** Seconds one epoch took; {@code threadCpu} is NaN for PyTorch. */
    record Epoch(double wall, double cpu, double threadCpu) {
    }

    /** Trains one epoch when asked. */
    @FunctionalInterface
    interface Trainee {
        Epoch epoch() throws IOException;
    }

    /**
     * One row of the table.
     *
     * @param group rows compared with each other (a batch size, a model); {@code "-"} for rows without a PyTorch
     *              counterpart
     */
    record Side(String group, String name, boolean torch, Trainee trainee) {
        Epoch epoch() throws IOException {
            return trainee.epoch();
        }
    }

    /** The machine line every benchmark starts with. */
    static String machine() {
        return String.format(Locale.ROOT, "java %s, nd4j native %s, OMP_NUM_THREADS=%s, load average %.1f",
                Runtime.version(), nativeJars(), System.getenv("OMP_NUM_THREADS"), PROCESS.getSystemLoadAverage());
    }

    /** The closing line: load average, peak heap and resident memory. */
    String footer() {
        return String.format(Locale.ROOT, "load average %.1f; merlab peak heap %.0f MB, peak resident memory"
                + " (JavaCPP) %.0f MB", PROCESS.getSystemLoadAverage(), peakHeap() / 1e6, physicalPeak / 1e6);
    }

    /** The PyTorch line: its version, or why merlab's rows come alone. */
    static String torchLine(TorchProcess torch, Path script) {
        return torch.available() ? "PyTorch: " + torch.version() + ", one thread, " + script
                : "PyTorch not available (" + torch.failure() + "): merlab's rows alone";
    }

    /**
     * A merlab side: one shuffled epoch of parameter updates ({@link Trainer#trainEpoch}, as a Keras or PyTorch
     * epoch without validation) of {@code model} over {@code examples} in batches of {@code batch}, with ND4J's
     * platform helpers {@code allowed} or not.
     */
    Side merlab(String group, String name, Model model, Examples examples, int rows, int batch, long seed,
                boolean allowed) {
        var network = Network.of(model);
        int[] bounds = LastBatch.MERGE.bounds(rows, batch);
        var shuffle = new Random(seed);
        int[] order = IntStream.range(0, rows).toArray();
        return new Side(group, name, false, () -> timed(allowed, () -> {
            Trainer.shuffleInPlace(order, shuffle);
            Trainer.trainEpoch(network, examples, order, bounds, WarmUp.none(network));
        }));
    }

    /**
     * A network timed against the PyTorch run of the same key.
     *
     * @param rows examples per epoch, the first {@code rows} of {@code examples}
     */
    record Contender(String key, Model net, Examples examples, int rows, int batch) {
    }

    /**
     * The benchmark of {@code contenders} against {@code python torchScript --serve ARGS...} (whose parameter counts
     * are printed beside merlab's), with ND4J's platform helpers {@code allowed} or not: one row per side grouped
     * by key, then the footer.
     */
    void race(PrintWriter out, Options common, List<String> args, List<Contender> contenders,
              boolean allowed, double scale, String scaledColumn) throws IOException {
        try (var torch = TorchProcess.start(common.python, common.torchScript, args)) {
            out.println(torchLine(torch, common.torchScript));
            torch.said().forEach(line -> out.println("PyTorch " + line));
            List<Side> sides = new ArrayList<>();
            for (Contender c : contenders) {
                out.printf(Locale.ROOT, "merlab %s: %,d parameters%n", c.key(), c.net().numParams());
                sides.add(merlab(c.key(), "merlab", c.net(), c.examples(), c.rows(), c.batch(), common.seed, allowed));
                if (torch.available()) {
                    sides.add(torch.side(c.key(), c.key()));
                }
            }
            List<List<Epoch>> timed = SameDiffChatter.silenced(() -> {
                try {
                    return rounds(sides, common.repeats);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            table(out, "model", sides, timed, scale, scaledColumn);
        }
        out.println(footer());
    }

    /** {@code 32,32,17}: how the scripts take one length per example. */
    static String commaList(int[] values) {
        return String.join(",", IntStream.of(values).mapToObj(String::valueOf).toList());
    }

    /** Wall, process CPU and thread CPU seconds of {@code work}, with ND4J's platform helpers {@code allowed}. */
    Epoch timed(boolean allowed, Runnable work) {
        // The setting is global to ND4J, so each side sets its own before each epoch.
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

    /** One untimed warm-up epoch per side, then {@code repeats} rounds of one epoch per side; the timed epochs. */
    static List<List<Epoch>> rounds(List<Side> sides, int repeats) throws IOException {
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
        return timed;
    }

    /**
     * Medians per side, CPU also multiplied by {@code scale} (column {@code scaledColumn}, e.g. an epoch of the full
     * training set measured on a subset), and each row's ratio to PyTorch's row of its group (CPU and wall).
     */
    static void table(PrintWriter out, String groupColumn, List<Side> sides, List<List<Epoch>> timed, double scale,
                      String scaledColumn) {
        out.printf(Locale.ROOT, "%-20s %-28s %8s %8s %8s %10s %7s %7s  %s%n", groupColumn, "run", "wall s", "CPU s",
                "thread s", scaledColumn, "xPT CPU", "xPT wall", "CPU s of each epoch");
        for (int s = 0; s < sides.size(); s++) {
            Side side = sides.get(s);
            List<Epoch> epochs = timed.get(s);
            double wall = median(epochs, Epoch::wall);
            double cpu = median(epochs, Epoch::cpu);
            String cpuRatio = "-";
            String wallRatio = "-";
            for (int t = 0; t < sides.size(); t++) {
                if (sides.get(t).torch() && sides.get(t).group().equals(side.group())) {
                    cpuRatio = String.format(Locale.ROOT, "%.2f", cpu / median(timed.get(t), Epoch::cpu));
                    wallRatio = String.format(Locale.ROOT, "%.2f", wall / median(timed.get(t), Epoch::wall));
                }
            }
            String thread = side.torch() ? "-" : String.format(Locale.ROOT, "%.2f", median(epochs, Epoch::threadCpu));
            out.printf(Locale.ROOT, "%-20s %-28s %8.2f %8.2f %8s %10.1f %7s %7s  %s%n", side.group(), side.name(),
                    wall, cpu, thread, cpu * scale, cpuRatio, wallRatio,
                    String.join(" ", epochs.stream().map(e -> String.format(Locale.ROOT, "%.2f", e.cpu())).toList()));
        }
        out.println("CPU = process CPU time (the JVM's includes GC and JIT threads), thread = merlab's training"
                + " thread; xPT = ratio of medians to PyTorch's row of the same " + groupColumn);
    }

    private static double median(List<Epoch> epochs, java.util.function.ToDoubleFunction<Epoch> what) {
        return median(epochs.stream().mapToDouble(what).toArray());
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
     * The PyTorch side: a script's {@code --serve} mode in a child process, which prints {@code ready VERSION} (after
     * any lines of its own, e.g. parameter counts, which are passed to {@code out}), then trains one epoch per
     * request line {@code epoch KEY} and answers {@code epoch KEY WALL_SECONDS CPU_SECONDS}. Unavailable, with the
     * reason, when the interpreter or the script is missing or the script exits before saying it is ready (e.g. no
     * {@code torch} module).
     */
    static final class TorchProcess implements AutoCloseable {
        private final Process process;
        private final BufferedReader in;
        private final PrintWriter to;
        private final String version;
        private final String failure;
        private final List<String> said;

        private TorchProcess(Process process, BufferedReader in, PrintWriter to, String version, String failure,
                             List<String> said) {
            this.process = process;
            this.in = in;
            this.to = to;
            this.version = version;
            this.failure = failure;
            this.said = List.copyOf(said);
        }

        /** Starts {@code python script --serve ARGS...}. */
        static TorchProcess start(Path python, Path script, List<String> args) throws IOException {
            if (!Files.isExecutable(python)) {
                return unavailable("no executable " + python);
            }
            if (!Files.isRegularFile(script)) {
                return unavailable("no script " + script.toAbsolutePath());
            }
            List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(), "--serve"));
            command.addAll(args);
            var pb = new ProcessBuilder(command);
            // One stream: warnings and a traceback arrive between the protocol lines, and the last of them says why
            // the script stopped.
            pb.redirectErrorStream(true);
            Process p = pb.start();
            var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            var to = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8);
            List<String> said = new ArrayList<>();
            String last = "exited without output";
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("ready ")) {
                    return new TorchProcess(p, in, to, "PyTorch " + line.substring(6), null, said);
                }
                if (!line.isBlank()) {
                    last = line.strip();
                    said.add(last);
                }
            }
            p.destroy();
            return unavailable(python + " " + script + ": " + last);
        }

        private static TorchProcess unavailable(String why) {
            return new TorchProcess(null, null, null, null, why, List.of());
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

        /** What the script printed before it was ready (e.g. its models' parameter counts). */
        List<String> said() {
            return said;
        }

        /** The side that asks for {@code epoch KEY}, in {@code group}. */
        Side side(String group, String key) {
            return new Side(group, version, true, () -> {
                to.println("epoch " + key);
                String want = "epoch " + key + " ";
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
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }
}
