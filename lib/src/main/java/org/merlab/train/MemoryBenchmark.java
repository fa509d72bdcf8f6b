package org.merlab.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.bytedeco.javacpp.Pointer;
import org.merlab.models.CnnLstm;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Memory of a training run over epochs: the paper's CNN-LSTM trained by {@link Trainer} on {@code rows} random rows
 * of 28 features (the size of the full Emotify N = 20 training part, where an unbounded run was killed at 24 GB),
 * printing after each epoch the peak resident set size during that epoch (Linux's {@code VmHWM}, reset at every
 * epoch through {@code /proc/self/clear_refs}), the resident size now, JavaCPP's count of native bytes and the Java
 * heap in use. A bounded run shows a flat peak after the first epoch. Not a test: the numbers depend on the machine.
 */
@Command(name = "memory-benchmark", mixinStandardHelpOptions = true,
        description = "Peak resident memory per epoch of the CNN-LSTM's training.")
public final class MemoryBenchmark implements Callable<Integer> {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    @Option(names = "--rows", description = "training rows (default ${DEFAULT-VALUE})")
    int rows = 12000;

    @Option(names = "--epochs", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs = 10;

    @Option(names = "--batch", description = "batch size (default ${DEFAULT-VALUE})")
    int batch = 32;

    @Option(names = "--seed", description = "data, weights and shuffling (default ${DEFAULT-VALUE})")
    long seed = 42;

    public static void main(String[] args) {
        System.exit(new CommandLine(new MemoryBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var rng = new Random(seed);
        int classes = 9;
        double[][] x = new double[rows][CnnLstm.PAPER_INPUT_LENGTH];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = rng.nextInt(classes);
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = rng.nextGaussian() + 0.5 * y[i];
            }
        }
        int val = Math.max(2, rows / 10);
        double[][] xv = Arrays.copyOf(x, val);
        int[] yv = Arrays.copyOf(y, val);
        System.out.printf(Locale.ROOT, "CNN-LSTM, %d rows x 28, batch %d, %d epochs; limits: heap %s, ND4J buffers %s,"
                        + " process %s; a collection every %d rows of minibatches%n", rows, batch, epochs,
                System.getProperty("merlab.heap", "-"), System.getProperty("merlab.offheap", "-"),
                System.getProperty("merlab.maxrss", "-"), NativeGarbage.every());
        System.out.println("epoch  peak RSS MB  RSS MB  JavaCPP physical MB  ND4J buffers MB  heap used MB  seconds"
                + "  collections");
        resetPeak();
        var net = CnnLstm.builder().nClasses(classes).seed(seed).build();
        var cfg = TrainConfig.defaults().withEpochs(epochs).withBatchSize(batch).withEarlyStoppingPatience(epochs);
        Trainer.fit(net, x, y, xv, yv, cfg, seed, stats -> {
            var rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "%5d  %11.0f  %6.0f  %19.0f  %15.0f  %12.0f  %7.1f  %11d%n", stats.epoch(),
                    status("VmHWM") / 1024.0, status("VmRSS") / 1024.0, Pointer.physicalBytes() / 1e6,
                    Pointer.totalBytes() / 1e6, (rt.totalMemory() - rt.freeMemory()) / 1e6,
                    stats.trainSeconds() + stats.evalSeconds(), NativeGarbage.collections());
            resetPeak();
        });
        return 0;
    }

    /** A {@code /proc/self/status} field in kB. */
    private static long status(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + STATUS + " (Linux only)", e);
        }
        throw new IllegalStateException(STATUS + " has no " + field);
    }

    /** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+). */
    private static void resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException e) {
            throw new IllegalStateException("cannot reset the peak through " + CLEAR_REFS, e);
        }
    }
}
