package org.merlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras-style training of a DL4J network: {@code model.fit(x, y, validation_data=(xv, yv), shuffle=True,
 * callbacks=[ReduceLROnPlateau, EarlyStopping(restore_best_weights=True)])}, one loop for every study's model.
 *
 * <p>What is learned is the network's own output-layer loss: categorical cross-entropy on a softmax for classes
 * (Keras' sparse categorical cross-entropy on class indices), MSE per time step for sequence regression, or any
 * {@code org.nd4j.linalg.lossfunctions.ILossFunction} written in Java, which receives the whole minibatch and returns
 * its gradient (so losses over a minibatch, such as a rank correlation, need no second trainer). The network's own
 * updater is used; the trainer sets its learning rate at the start and whenever the plateau schedule lowers it.
 * {@link Examples} build the batches, so feature vectors, token sequences and per-step targets share this loop.
 *
 * <p>Each epoch: shuffle, update batch by batch ({@link LastBatch} decides the short last batch), re-estimate
 * batch-norm statistics ({@link BatchNormStatistics}), then score training and validation sets in inference mode.
 * The validation loss steers the plateau schedule, early stopping and the restored epoch, so it must come from data
 * the test set does not overlap (an inner split of the training fold).
 *
 * <p>Seeds: the training order is shuffled every epoch by {@code java.util.Random(seed)}, and ND4J's random
 * generator, which draws the dropout masks and is global to the JVM, is reseeded with {@code seed} when a run starts.
 * Two runs with the same network seed and run seed on one thread give the same history. Runs in parallel threads of
 * one JVM share that generator and are not reproducible.
 *
 * <p>Memory: every batch's arrays are closed as soon as they are used, ND4J's own per-operation garbage is collected
 * between batches ({@link NativeGarbage}) and the best epoch's parameters are kept in one copy, so native memory stays
 * bounded across epochs instead of growing until a limit forces the collector to run.
 */
public final class Trainer {

    /** Prints each epoch's {@link EpochStats#line()} on standard error. */
    public static final Consumer<EpochStats> STDERR = stats -> System.err.println(stats.line());

    /** Inference batch size: big enough to amortise per-call overhead, small enough for the heap. */
    static final int PREDICT_BATCH = 256;

    private Trainer() {
    }

    /**
     * Trains a classifier of feature rows in place and returns it holding the parameters of the epoch with the lowest
     * validation loss; rows are laid out by {@link VectorLayout#of} the network.
     *
     * @param xTrain   training examples {@code [n][length]}
     * @param yTrain   their class indices {@code [n]}
     * @param xVal     validation examples, which steer the learning rate, early stopping and the restored epoch
     * @param yVal     their class indices
     * @param seed     shuffling and dropout seed
     * @param progress called after every epoch
     * @throws IllegalArgumentException naming the array and row when shapes or labels do not fit the network
     */
    public static TrainResult<MultiLayerNetwork> fit(MultiLayerNetwork net, double[][] xTrain, int[] yTrain,
                                                     double[][] xVal, int[] yVal, TrainConfig cfg, long seed,
                                                     Consumer<EpochStats> progress) {
        var layout = VectorLayout.of(net);
        if (xVal != null && xVal.length > 0 && xTrain != null && xTrain.length > 0
                && xVal[0].length != xTrain[0].length) {
            throw new IllegalArgumentException("validation rows have length " + xVal[0].length
                    + ", training rows " + xTrain[0].length);
        }
        return fit(net, classes("training set", xTrain, yTrain, layout), classes("validation set", xVal, yVal, layout),
                cfg, seed, progress);
    }

    /** {@link #fit(MultiLayerNetwork, double[][], int[], double[][], int[], TrainConfig, long, Consumer)} printing on stderr. */
    public static TrainResult<MultiLayerNetwork> fit(MultiLayerNetwork net, double[][] xTrain, int[] yTrain,
                                                     double[][] xVal, int[] yVal, TrainConfig cfg, long seed) {
        return fit(net, xTrain, yTrain, xVal, yVal, cfg, seed, STDERR);
    }

    /** Trains {@code net} on any {@link Examples}; see the class comment. */
    public static TrainResult<MultiLayerNetwork> fit(MultiLayerNetwork net, Examples train, Examples val,
                                                     TrainConfig cfg, long seed, Consumer<EpochStats> progress) {
        return new TrainResult<>(net, run(Network.of(net), train, val, cfg, seed, progress));
    }

    /** Trains a single-input, single-output graph on any {@link Examples}; see the class comment. */
    public static TrainResult<ComputationGraph> fit(ComputationGraph net, Examples train, Examples val,
                                                    TrainConfig cfg, long seed, Consumer<EpochStats> progress) {
        return new TrainResult<>(net, run(Network.of(net), train, val, cfg, seed, progress));
    }

    private static Examples classes(String name, double[][] x, int[] y, VectorLayout layout) {
        try {
            return Examples.classes(x, y, layout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static History run(Network net, Examples train, Examples val, TrainConfig cfg, long seed,
                               Consumer<EpochStats> progress) {
        try {
            return SameDiffChatter.silenced(() -> epochs(net, train, val, cfg, seed, progress));
        } catch (OutOfMemoryError e) {
            throw MemoryLimits.explain(e);
        }
    }

    private static History epochs(Network net, Examples train, Examples val, TrainConfig cfg, long seed,
                                  Consumer<EpochStats> progress) {
        if (train.metric() != val.metric()) {
            throw new IllegalArgumentException("training examples are scored by " + train.metric()
                    + ", validation examples by " + val.metric());
        }
        Nd4j.getEnvironment().allowHelpers(cfg.nativeHelpers());
        Nd4j.getRandom().setSeed(seed);
        var shuffle = new Random(seed);
        int[] order = IntStream.range(0, train.size()).toArray();
        int[] bounds = cfg.lastBatch().bounds(train.size(), cfg.batchSize());
        var plateau = cfg.plateau().monitor();
        List<EpochStats> epochs = new ArrayList<>();
        double lr = cfg.learningRate();
        var warmUp = new WarmUp(net, cfg.warmUpUpdates(), lr);
        net.setLearningRate(lr);
        double bestLoss = Double.NaN;
        INDArray bestParams = null;
        int bestEpoch = 0;
        int sinceBest = 0;
        boolean stoppedEarly = false;
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            long start = System.nanoTime();
            shuffleInPlace(order, shuffle);
            double loss = trainEpoch(net, train, order, bounds, warmUp);
            long trained = System.nanoTime();
            double[] scores = evaluate(net, train, val, cfg.batchNorm());
            var stats = new EpochStats(epoch, cfg.epochs(), train.metric(), loss, scores[0], scores[1], scores[2], lr,
                    (trained - start) / 1e9, (System.nanoTime() - trained) / 1e9);
            epochs.add(stats);
            progress.accept(stats);
            double valLoss = scores[1];
            // The first epoch is the best so far even if its loss is NaN; a later finite loss beats a NaN.
            if (bestParams == null || valLoss < bestLoss || Double.isNaN(bestLoss) && !Double.isNaN(valLoss)) {
                bestLoss = valLoss;
                bestEpoch = epoch;
                if (bestParams == null) {
                    bestParams = net.params().dup();
                } else {
                    bestParams.assign(net.params());
                }
                sinceBest = 0;
            } else if (++sinceBest >= cfg.earlyStoppingPatience()) {
                stoppedEarly = epoch < cfg.epochs();
                break;
            }
            // Warm-up ends at the full rate; only then may a plateau lower it.
            double next = warmUp.active() ? lr : plateau.next(valLoss, lr);
            if (next != lr) {
                // Rebuilds the updater's configuration but carries the optimiser's running averages over.
                net.setLearningRate(next);
                lr = next;
            }
        }
        net.setParams(bestParams);
        bestParams.close();
        return new History(epochs, bestEpoch, stoppedEarly);
    }

    /**
     * One pass of minibatch updates over {@code data} in the given row order and batch bounds; the benchmark times
     * exactly this.
     *
     * @return the mean training-mode loss of the batches, weighted by their rows (Keras' running {@code loss})
     */
    static double trainEpoch(Network net, Examples data, int[] order, int[] bounds, WarmUp warmUp) {
        double sum = 0;
        int rows = 0;
        for (int i = 0; i + 1 < bounds.length; i++) {
            warmUp.beforeUpdate();
            DataSet batch = data.batch(order, bounds[i], bounds[i + 1]);
            try {
                net.fit(batch);
            } finally {
                NativeGarbage.release(batch);
            }
            int n = bounds[i + 1] - bounds[i];
            sum += net.lastBatchLoss() * n;
            rows += n;
        }
        return sum / rows;
    }

    /**
     * What follows an epoch's updates: batch-norm statistics as {@code batchNorm} says, then {@code {training metric,
     * validation loss, validation metric}} in inference mode (the benchmark times this too). The training set's loss
     * is not reported, so it is not computed.
     */
    static double[] evaluate(Network net, Examples train, Examples val, BatchNormStatistics batchNorm) {
        if (batchNorm == BatchNormStatistics.RECOMPUTED) {
            BatchNormStatistics.recompute(net, train, PREDICT_BATCH);
        }
        double trainMetric = score(net, train, false)[1];
        double[] valScore = score(net, val, true);
        return new double[] {trainMetric, valScore[0], valScore[1]};
    }

    /**
     * {@code {loss, metric}} of {@code data} in inference mode, each a mean over examples (or masked steps), scored in
     * {@link LastBatch#chunks}; the loss, a pass of its own, only {@code withLoss} (else NaN).
     */
    private static double[] score(Network net, Examples data, boolean withLoss) {
        int[] rows = IntStream.range(0, data.size()).toArray();
        double loss = 0;
        double metricSum = 0;
        double metricCount = 0;
        int[] bounds = LastBatch.chunks(rows.length, PREDICT_BATCH);
        for (int i = 0; i + 1 < bounds.length; i++) {
            DataSet batch = data.batch(rows, bounds[i], bounds[i + 1]);
            try {
                if (withLoss) {
                    loss += net.loss(batch) * (bounds[i + 1] - bounds[i]);
                }
                INDArray out = net.output(batch);
                double[] m = data.metric().sum(out, batch.getLabels(), batch.getLabelsMaskArray());
                out.close();
                metricSum += m[0];
                metricCount += m[1];
            } finally {
                NativeGarbage.release(batch);
            }
        }
        return new double[] {withLoss ? loss / rows.length : Double.NaN, metricSum / metricCount};
    }

    /**
     * Class probabilities of each row, Keras' {@code model.predict(x)} for a softmax output, in inference mode.
     *
     * @param x rows {@code [n][length]}, laid out by {@link VectorLayout#of} the network
     * @return {@code [n][nClasses]}, each row summing to 1
     */
    public static double[][] predictProba(MultiLayerNetwork net, double[][] x) {
        return predict(net, Examples.classes(x, null, VectorLayout.of(net)));
    }

    /** The network's outputs {@code [n][outputs]} for examples with one output vector each, in inference mode. */
    public static double[][] predict(MultiLayerNetwork net, Examples x) {
        return predict(Network.of(net), x);
    }

    /** {@link #predict(MultiLayerNetwork, Examples)} for a graph. */
    public static double[][] predict(ComputationGraph net, Examples x) {
        return predict(Network.of(net), x);
    }

    /**
     * {@link #predict(MultiLayerNetwork, Examples)} for a network whose type is known only at run time (a model
     * bundle's).
     *
     * @throws IllegalArgumentException if {@code net} is neither a multi-layer network nor a graph
     */
    public static double[][] predict(Model net, Examples x) {
        return predict(Network.of(net), x);
    }

    private static double[][] predict(Network net, Examples x) {
        int[] rows = IntStream.range(0, x.size()).toArray();
        double[][] p = new double[x.size()][];
        for (int from = 0; from < rows.length; from += PREDICT_BATCH) {
            int to = Math.min(rows.length, from + PREDICT_BATCH);
            DataSet batch = x.batch(rows, from, to);
            try {
                INDArray out = net.output(batch);
                if (out.rank() != 2) {
                    out.close();
                    throw new IllegalArgumentException("the network's output has rank " + out.rank()
                            + "; per-step outputs need predictSequences");
                }
                System.arraycopy(out.toDoubleMatrix(), 0, p, from, to - from);
                out.close();
            } finally {
                NativeGarbage.release(batch);
            }
        }
        return p;
    }

    /**
     * Per-step outputs {@code [n][steps][outputs]} of sequence examples, each cut back to its own length, in inference
     * mode.
     */
    public static float[][][] predictSequences(MultiLayerNetwork net, Examples x) {
        return predictSequences(Network.of(net), x);
    }

    /** {@link #predictSequences(MultiLayerNetwork, Examples)} for a graph. */
    public static float[][][] predictSequences(ComputationGraph net, Examples x) {
        return predictSequences(Network.of(net), x);
    }

    /** {@link #predictSequences(MultiLayerNetwork, Examples)} for a network of either type (a model bundle's). */
    public static float[][][] predictSequences(Model net, Examples x) {
        return predictSequences(Network.of(net), x);
    }

    private static float[][][] predictSequences(Network net, Examples x) {
        if (!(x instanceof SequenceExamples sequences)) {
            throw new IllegalArgumentException("predictSequences needs Examples.sequences, got "
                    + x.getClass().getSimpleName());
        }
        int[] rows = IntStream.range(0, x.size()).toArray();
        float[][][] y = new float[x.size()][][];
        for (int from = 0; from < rows.length; from += PREDICT_BATCH) {
            int to = Math.min(rows.length, from + PREDICT_BATCH);
            DataSet batch = x.batch(rows, from, to);
            try {
                INDArray out = net.output(batch);
                float[][][] block = toSteps(out);
                out.close();
                for (int b = 0; b < to - from; b++) {
                    y[from + b] = Arrays.copyOf(block[b], sequences.steps(from + b));
                }
            } finally {
                NativeGarbage.release(batch);
            }
        }
        return y;
    }

    /** {@code [b][outputs][T]} as {@code [b][T][outputs]}. */
    private static float[][][] toSteps(INDArray out) {
        long n = out.size(0);
        long outputs = out.size(1);
        long steps = out.size(2);
        float[] flat = out.dup('c').data().asFloat();
        float[][][] y = new float[(int) n][(int) steps][(int) outputs];
        for (int b = 0; b < n; b++) {
            for (int t = 0; t < steps; t++) {
                for (int o = 0; o < outputs; o++) {
                    y[b][t][o] = flat[(int) ((b * outputs + o) * steps + t)];
                }
            }
        }
        return y;
    }

    /** Fisher-Yates, so the order depends only on the generator's state. */
    static void shuffleInPlace(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
