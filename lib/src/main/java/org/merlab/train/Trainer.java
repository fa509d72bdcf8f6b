package org.merlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras-style training of a DL4J classifier on plain arrays: {@code model.fit(x, y, validation_data=(xv, yv),
 * shuffle=True, callbacks=[ReduceLROnPlateau, EarlyStopping(restore_best_weights=True)])} with RMSprop and
 * (sparse) categorical cross-entropy, as in Yakovyna &amp; Korniienko (2023).
 *
 * <p>Labels are class indices {@code 0..nClasses-1}; they are one-hot encoded for the network's MCXENT softmax
 * output, which gives the same loss as Keras' sparse categorical cross-entropy. The network's own updater is used
 * (RMSprop for {@code org.merlab.models.CnnLstm}); the trainer sets its learning rate at the start and whenever
 * the plateau schedule lowers it.
 *
 * <p>Seeds: the training order is shuffled every epoch by {@code java.util.Random(seed)}, and ND4J's random
 * generator, which draws the dropout masks and is global to the JVM, is reseeded with {@code seed} when a run starts.
 * Two runs with the same network seed and run seed on one thread give the same history. Runs in parallel threads of
 * one JVM share that generator and are not reproducible.
 */
public final class Trainer {

    /** Prints each epoch's {@link EpochStats#line()} on standard error. */
    public static final Consumer<EpochStats> STDERR = stats -> System.err.println(stats.line());

    /** Inference batch size: big enough to amortise per-call overhead, small enough for the heap. */
    private static final int PREDICT_BATCH = 256;
    /** Keras' epsilon: probabilities are clipped here before the logarithm. */
    private static final double EPSILON = 1e-7;

    private Trainer() {
    }

    /**
     * {@link #fit(MultiLayerNetwork, double[][], int[], double[][], int[], TrainConfig, long, Consumer)} printing
     * progress on stderr.
     */
    public static TrainResult fit(MultiLayerNetwork net, double[][] xTrain, int[] yTrain, double[][] xVal, int[] yVal,
                                  TrainConfig cfg, long seed) {
        return fit(net, xTrain, yTrain, xVal, yVal, cfg, seed, STDERR);
    }

    /**
     * Trains {@code net} in place and returns it holding the parameters of the epoch with the lowest validation loss.
     *
     * @param xTrain   training examples {@code [n][length]}; for a network reading sequences (1-D convolution or
     *                 recurrent first layer with {@code nIn} channels) a row holds {@code length / nIn} steps of
     *                 {@code nIn} values, step by step as Keras' {@code (steps, channels)}
     * @param yTrain   their class indices {@code [n]}
     * @param xVal     validation examples, which steer the learning rate, early stopping and the restored epoch
     * @param yVal     their class indices
     * @param seed     shuffling and dropout seed
     * @param progress called after every epoch
     * @throws IllegalArgumentException naming the array and row when shapes or labels do not fit the network
     */
    public static TrainResult fit(MultiLayerNetwork net, double[][] xTrain, int[] yTrain, double[][] xVal, int[] yVal,
                                  TrainConfig cfg, long seed, Consumer<EpochStats> progress) {
        var input = new NetInput(net);
        input.check("training set", xTrain, yTrain);
        input.check("validation set", xVal, yVal);
        if (xVal[0].length != xTrain[0].length) {
            throw new IllegalArgumentException("validation rows have length " + xVal[0].length
                    + ", training rows " + xTrain[0].length);
        }
        Nd4j.getRandom().setSeed(seed);
        var shuffle = new Random(seed);
        int[] order = IntStream.range(0, xTrain.length).toArray();
        var plateau = cfg.plateau().monitor();
        List<EpochStats> epochs = new ArrayList<>();
        double lr = cfg.learningRate();
        net.setLearningRate(lr);
        double bestLoss = Double.NaN;
        INDArray bestParams = null;
        int bestEpoch = 0;
        int sinceBest = 0;
        boolean stoppedEarly = false;
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            long start = System.nanoTime();
            shuffleInPlace(order, shuffle);
            trainEpoch(net, input, xTrain, yTrain, order, cfg.batchSize());
            long trained = System.nanoTime();
            var train = Scores.of(predictProba(net, input, xTrain), yTrain);
            var val = Scores.of(predictProba(net, input, xVal), yVal);
            var stats = new EpochStats(epoch, cfg.epochs(), train.loss(), train.accuracy(), val.loss(),
                    val.accuracy(), lr, (trained - start) / 1e9, (System.nanoTime() - trained) / 1e9);
            epochs.add(stats);
            progress.accept(stats);
            // The first epoch is the best so far even if its loss is NaN; a later finite loss beats a NaN.
            if (bestParams == null || val.loss() < bestLoss || Double.isNaN(bestLoss) && !Double.isNaN(val.loss())) {
                bestLoss = val.loss();
                bestEpoch = epoch;
                bestParams = net.params().dup();
                sinceBest = 0;
            } else if (++sinceBest >= cfg.earlyStoppingPatience()) {
                stoppedEarly = epoch < cfg.epochs();
                break;
            }
            double next = plateau.next(val.loss(), lr);
            if (next != lr) {
                // Rebuilds the updater's configuration but carries RMSprop's running averages over.
                net.setLearningRate(next);
                lr = next;
            }
        }
        net.setParams(bestParams);
        return new TrainResult(net, new History(epochs, bestEpoch, stoppedEarly));
    }

    /**
     * Class probabilities of each example, Keras' {@code model.predict(x)} for a softmax output, in inference mode.
     *
     * @param x examples {@code [n][length]}
     * @return {@code [n][nClasses]}, each row summing to 1
     */
    public static double[][] predictProba(MultiLayerNetwork net, double[][] x) {
        var input = new NetInput(net);
        input.check("x", x, null);
        return predictProba(net, input, x);
    }

    private static double[][] predictProba(MultiLayerNetwork net, NetInput input, double[][] x) {
        int[] rows = IntStream.range(0, x.length).toArray();
        double[][] p = new double[x.length][];
        for (int from = 0; from < x.length; from += PREDICT_BATCH) {
            int to = Math.min(x.length, from + PREDICT_BATCH);
            double[][] batch = net.output(input.features(x, rows, from, to), false).toDoubleMatrix();
            System.arraycopy(batch, 0, p, from, to - from);
        }
        return p;
    }

    /** One pass of mini-batch updates over {@code x} in the given row order; the benchmark times exactly this. */
    static void trainEpoch(MultiLayerNetwork net, NetInput input, double[][] x, int[] y, int[] order, int batchSize) {
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            net.fit(new DataSet(input.features(x, order, from, to), input.oneHot(y, order, from, to)));
        }
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

    /** Mean cross-entropy and accuracy of probabilities against class indices. */
    private record Scores(double loss, double accuracy) {
        static Scores of(double[][] p, int[] y) {
            double loss = 0;
            int hits = 0;
            for (int i = 0; i < y.length; i++) {
                loss -= Math.log(Math.max(p[i][y[i]], EPSILON));
                int argmax = 0;
                for (int k = 1; k < p[i].length; k++) {
                    if (p[i][k] > p[i][argmax]) {
                        argmax = k;
                    }
                }
                hits += argmax == y[i] ? 1 : 0;
            }
            return new Scores(loss / y.length, (double) hits / y.length);
        }
    }
}
