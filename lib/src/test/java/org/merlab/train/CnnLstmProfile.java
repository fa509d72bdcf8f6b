package org.merlab.train;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.merlab.models.CnnLstm;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;

/**
 * Where a CNN-LSTM training batch spends its time: thread CPU per layer (its input pre-processor included) in the
 * forward pass (training mode) and the backward pass, driven layer by layer without workspaces, beside a whole
 * {@code fit} of the same batch (whose remainder is the updater and DL4J's bookkeeping), and the native operations one
 * {@code fit} launches (ND4J's op profiler). Arguments: batch size (64), batches timed (30), helpers (true).
 * Run with {@code make bench-train-profile}; not a test.
 */
public final class CnnLstmProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean helpers = args.length <= 2 || Boolean.parseBoolean(args[2]);
        Nd4j.getEnvironment().allowHelpers(helpers);
        MultiLayerNetwork net = CnnLstm.builder().nClasses(9).seed(1).build();
        var rng = new Random(1);
        double[][] x = TinyNets.noise(batch * batches, CnnLstm.PAPER_INPUT_LENGTH, rng);
        int[] y = rng.ints(x.length, 0, 9).toArray();
        var examples = Examples.classes(x, y, VectorLayout.of(net));
        int[] order = IntStream.range(0, x.length).toArray();
        Layer[] layers = net.getLayers();
        long[] forward = new long[layers.length];
        long[] backward = new long[layers.length];
        var workspaces = LayerWorkspaceMgr.noWorkspaces(net.getHelperWorkspaces());
        // The layers' gradient arrays are views DL4J sets up at the first fit.
        net.fit(examples.batch(order, 0, batch));
        long fit = 0;
        for (int round = 0; round < 2; round++) {
            // Round 0 warms the JIT and native caches up; round 1 is timed.
            Arrays.fill(forward, 0);
            Arrays.fill(backward, 0);
            fit = 0;
            for (int b = 0; b < batches; b++) {
                DataSet data = examples.batch(order, b * batch, (b + 1) * batch);
                INDArray a = data.getFeatures();
                for (int l = 0; l < layers.length; l++) {
                    long t = THREADS.getCurrentThreadCpuTime();
                    InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(l);
                    if (pre != null) {
                        a = pre.preProcess(a, batch, workspaces);
                    }
                    a = layers[l].activate(a, true, workspaces);
                    forward[l] += THREADS.getCurrentThreadCpuTime() - t;
                }
                ((IOutputLayer) layers[layers.length - 1]).setLabels(data.getLabels());
                INDArray eps = null;
                for (int l = layers.length - 1; l >= 0; l--) {
                    long t = THREADS.getCurrentThreadCpuTime();
                    eps = layers[l].backpropGradient(eps, workspaces).getSecond();
                    InputPreProcessor pre = net.getLayerWiseConfigurations().getInputPreProcess(l);
                    if (pre != null && eps != null) {
                        eps = pre.backprop(eps, batch, workspaces);
                    }
                    backward[l] += THREADS.getCurrentThreadCpuTime() - t;
                }
                long t = THREADS.getCurrentThreadCpuTime();
                net.fit(data);
                fit += THREADS.getCurrentThreadCpuTime() - t;
            }
        }
        System.out.printf(Locale.ROOT, "CNN-LSTM, batch %d, helpers %s: thread CPU ms per batch, mean of %d batches"
                + " (layer by layer, no workspaces)%n", batch, helpers, batches);
        long sum = 0;
        for (int l = 0; l < layers.length; l++) {
            var pre = net.getLayerWiseConfigurations().getInputPreProcess(l);
            System.out.printf(Locale.ROOT, "%2d %-22s %-28s forward %7.2f backward %7.2f%n", l,
                    layers[l].conf().getLayer().getClass().getSimpleName(),
                    pre == null ? "" : "+ " + pre.getClass().getSimpleName(), forward[l] / 1e6 / batches,
                    backward[l] / 1e6 / batches);
            sum += forward[l] + backward[l];
        }
        System.out.printf(Locale.ROOT, "sum of layers %.2f ms; a whole fit of the same batch %.2f ms%n",
                sum / 1e6 / batches, fit / 1e6 / batches);
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        OpProfiler.getInstance().reset();
        net.fit(examples.batch(order, 0, batch));
        System.out.printf(Locale.ROOT, "native operations in one fit: %d%n", OpProfiler.getInstance().getInvocationsCount());
        OpProfiler.getInstance().printOutDashboard();
    }
}
