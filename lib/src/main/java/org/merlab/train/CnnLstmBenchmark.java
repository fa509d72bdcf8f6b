package org.merlab.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.models.CnnLstm;
import org.merlab.train.EpochBenchmark.Side;
import org.merlab.train.EpochBenchmark.TorchProcess;
import org.nd4j.linalg.factory.Nd4j;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Training speed of the paper's CNN-LSTM, merlab against PyTorch in one run ({@link EpochBenchmark}): {@code samples}
 * random examples of 28 x 1 with random labels, for each batch size with ND4J's platform (oneDNN) helpers on and
 * off, and the same network in PyTorch ({@code environment/bench/cnn_lstm_torch.py --serve}); rows are grouped by
 * batch size. Two more rows time what the trainer does after each epoch's updates (no PyTorch counterpart).
 */
@Command(name = "cnn-lstm-benchmark", mixinStandardHelpOptions = true,
        description = "Seconds per training epoch of the paper's CNN-LSTM on random data, merlab and PyTorch.")
public final class CnnLstmBenchmark implements Callable<Integer> {

    /** Rows the and README's epochs have: the table scales each median to it. */
    static final int REFERENCE_ROWS = 8000;

    @Mixin
    EpochBenchmark.Options common = new EpochBenchmark.Options("environment/bench/cnn_lstm_torch.py");

    @Option(names = "--samples", description = "training examples per epoch (default ${DEFAULT-VALUE})")
    int samples = 2000;

    @Option(names = "--classes", description = "softmax outputs (default ${DEFAULT-VALUE})")
    int classes = 9;

    @Option(names = "--batch", split = ",", description = "batch sizes (default ${DEFAULT-VALUE})")
    List<Integer> batches = List.of(32, 64);

    @Option(names = "--helpers", split = ",", arity = "1", description = "ND4J platform-helper settings to run, true = oneDNN"
            + " kernels allowed (default ${DEFAULT-VALUE})")
    List<Boolean> helpers = List.of(true, false);

    @Option(names = "--workspace", description = "DL4J training workspace mode: ${COMPLETION-CANDIDATES}"
            + " (default ${DEFAULT-VALUE})")
    WorkspaceMode workspace = WorkspaceMode.ENABLED;

    @Option(names = "--cache", description = "DL4J cache mode: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    CacheMode cache = CacheMode.NONE;

    private final EpochBenchmark bench = new EpochBenchmark();

    public static void main(String[] args) {
        System.exit(new CommandLine(new CnnLstmBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long seed = common.seed;
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
                samples, CnnLstm.PAPER_INPUT_LENGTH, classes, seed, common.repeats);
        out.println(EpochBenchmark.machine() + ", workspace " + workspace + ", cache " + cache);
        try (var torch = TorchProcess.start(common.python, common.torchScript, List.of("--samples", String.valueOf(samples),
                "--classes", String.valueOf(classes), "--seed", String.valueOf(seed)))) {
            out.println(EpochBenchmark.torchLine(torch, common.torchScript));
            List<Side> sides = new ArrayList<>();
            for (int batch : batches) {
                for (boolean allowed : helpers) {
                    var net = net(allowed);
                    sides.add(bench.merlab(String.valueOf(batch), "merlab, helpers " + helpers(allowed), net,
                            Examples.classes(x, y, VectorLayout.of(net)), samples, batch, seed, allowed));
                }
                if (torch.available()) {
                    sides.add(torch.side(String.valueOf(batch), String.valueOf(batch)));
                }
            }
            for (boolean allowed : helpers) {
                sides.add(evaluation(x, y, xVal, yVal, allowed));
            }
            EpochBenchmark.table(out, "batch", sides, EpochBenchmark.rounds(sides, common.repeats),
                    (double) REFERENCE_ROWS / samples, "CPU/" + REFERENCE_ROWS);
        }
        out.printf(Locale.ROOT, "evaluation = what the trainer adds after each epoch (batch-norm statistics, training"
                + " accuracy, validation loss and accuracy on %d more rows; no PyTorch counterpart)%n", xVal.length);
        out.println(bench.footer());
        return 0;
    }

    /** What {@link Trainer} does after each epoch's updates: batch-norm statistics, then scoring. */
    private Side evaluation(double[][] x, int[] y, double[][] xVal, int[] yVal, boolean allowed) {
        var net = net(allowed);
        var network = Network.of(net);
        var train = Examples.classes(x, y, VectorLayout.of(net));
        var val = Examples.classes(xVal, yVal, VectorLayout.of(net));
        return new Side("-", "evaluation, helpers " + helpers(allowed), false, () -> bench.timed(allowed,
                () -> Trainer.evaluate(network, train, val, BatchNormStatistics.RECOMPUTED)));
    }

    private static String helpers(boolean allowed) {
        return allowed ? "on (oneDNN)" : "off";
    }

    private MultiLayerNetwork net(boolean allowed) {
        // The setting is global to ND4J; set before the layers are built and again before each epoch.
        Nd4j.getEnvironment().allowHelpers(allowed);
        var conf = CnnLstm.builder().nClasses(classes).seed(common.seed).configuration();
        conf.setTrainingWorkspaceMode(workspace);
        var net = new MultiLayerNetwork(conf);
        net.init();
        net.setCacheMode(cache);
        return net;
    }
}
