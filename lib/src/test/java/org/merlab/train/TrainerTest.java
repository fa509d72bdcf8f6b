package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.merlab.models.CnnLstm;

class TrainerTest {

    private static final TrainConfig TINY = new TrainConfig(30, 8, 0.05, ReduceLrOnPlateau.off(), 3);

    /** Three classes over unit noise in all 28 features: class k shifts every feature by 1.5 (k - 1). */
    private static double[][] separable(int n, Random rng, int[] y) {
        double[][] x = TinyNets.noise(n, 28, rng);
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 28; j++) {
                x[i][j] += 1.5 * (y[i] - 1);
            }
        }
        return x;
    }

    /**
     * The paper's network with Keras' batch-norm momentum 0.99 on 240 rows (30 updates an epoch): its inference-mode
     * predictions are right once the batch-norm statistics are measured rather than averaged.
     */
    @Test
    void paperNetworkLearnsSeparableClassesInAFewEpochs() {
        var rng = new Random(11);
        int[] yTrain = new int[240];
        int[] yVal = new int[60];
        double[][] xTrain = separable(yTrain.length, rng, yTrain);
        double[][] xVal = separable(yVal.length, rng, yVal);
        var net = CnnLstm.builder().nClasses(3).seed(5).build();
        List<EpochStats> seen = new ArrayList<>();
        var result = Trainer.fit(net, xTrain, yTrain, xVal, yVal,
                TrainConfig.defaults().withEpochs(2).withBatchSize(8), 1, seen::add);
        var history = result.history();
        assertEquals(2, history.epochs().size());
        assertEquals(history.epochs(), seen);
        assertTrue(history.best().valAccuracy() > 0.9, history.toTable().print());
        assertEquals(history.best().valAccuracy(), accuracy(Trainer.predictProba(result.net(), xVal), yVal), 1e-12);
    }

    /**
     * The defect behind issue 8: the same run with Keras' moving averages (momentum 0.99, 90 updates) still
     * normalises by statistics near their start, so in inference mode it predicts one class for every row, although
     * it trained the same network (identical training-mode losses).
     */
    @Test
    void movingAverageStatisticsHideWhatTheNetworkLearned() {
        var rng = new Random(11);
        int[] yTrain = new int[240];
        int[] yVal = new int[60];
        double[][] xTrain = separable(yTrain.length, rng, yTrain);
        double[][] xVal = separable(yVal.length, rng, yVal);
        var cfg = TrainConfig.defaults().withEpochs(3).withBatchSize(8);
        var moving = Trainer.fit(CnnLstm.builder().nClasses(3).seed(5).build(), xTrain, yTrain, xVal, yVal,
                cfg.withBatchNorm(BatchNormStatistics.MOVING_AVERAGE), 1, s -> { }).history();
        var measured = Trainer.fit(CnnLstm.builder().nClasses(3).seed(5).build(), xTrain, yTrain, xVal, yVal,
                cfg, 1, s -> { }).history();
        assertEquals(moving.trainLoss(), measured.trainLoss());
        String both = moving.toTable().print() + measured.toTable().print();
        assertTrue(moving.best().valAccuracy() < 0.4, both);
        assertTrue(measured.best().valAccuracy() > 0.9, both);
    }

    /** With a vanishing rate the parameters stay put, so Keras' running loss equals the loss of the same rows. */
    @Test
    void trainingLossIsTheRunningMeanOfTheBatchLosses() {
        var d = TinyNets.Split.random(3, 100, 20, 6, 3);
        var net = TinyNets.mlp(6, 3, 1, 0);
        var cfg = TINY.withEpochs(1).withLearningRate(1e-12).withBatchSize(32);
        var history = Trainer.fit(net, d.x(), d.y(), d.xv(), d.yv(), cfg, 9, s -> { }).history();
        assertEquals(crossEntropy(Trainer.predictProba(net, d.x()), d.y()), history.trainLoss().getFirst(), 1e-5);
    }

    @Test
    void sameSeedsGiveTheSameHistoryAndOtherSeedsDoNot() {
        var d = TinyNets.Split.random(3, 96, 32, 6, 3);
        var cfg = TINY.withEpochs(4).withEarlyStoppingPatience(4);
        var a = Trainer.fit(TinyNets.mlp(6, 3, 1), d.x(), d.y(), d.xv(), d.yv(), cfg, 9, s -> { }).history();
        var b = Trainer.fit(TinyNets.mlp(6, 3, 1), d.x(), d.y(), d.xv(), d.yv(), cfg, 9, s -> { }).history();
        var c = Trainer.fit(TinyNets.mlp(6, 3, 1), d.x(), d.y(), d.xv(), d.yv(), cfg, 10, s -> { }).history();
        assertEquals(a.trainLoss(), b.trainLoss());
        assertEquals(a.valLoss(), b.valLoss());
        assertEquals(a.valAccuracy(), b.valAccuracy());
        assertEquals(a.bestEpoch(), b.bestEpoch());
        assertNotEquals(a.trainLoss(), c.trainLoss());
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsParameters() {
        var d = TinyNets.Split.random(4, 64, 64, 6, 3);
        var stopped = Trainer.fit(TinyNets.mlp(6, 3, 2), d.x(), d.y(), d.xv(), d.yv(), TINY, 8, s -> { });
        var history = stopped.history();
        assertTrue(history.stoppedEarly(), history.toTable().print());
        assertEquals(history.bestEpoch() + TINY.earlyStoppingPatience(), history.epochs().size());
        double[][] restored = Trainer.predictProba(stopped.net(), d.xv());
        assertEquals(history.best().valLoss(), crossEntropy(restored, d.yv()), 1e-5);

        // Training is deterministic, so a run that simply ends at the best epoch holds the same parameters.
        var cfg = TINY.withEpochs(history.bestEpoch()).withEarlyStoppingPatience(1000);
        var straight = Trainer.fit(TinyNets.mlp(6, 3, 2), d.x(), d.y(), d.xv(), d.yv(), cfg, 8, s -> { });
        assertArrayEquals(restored, Trainer.predictProba(straight.net(), d.xv()));
    }

    @Test
    void learningRateFollowsThePlateauScheduleOfTheValidationLoss() {
        var d = TinyNets.Split.random(5, 64, 64, 6, 3);
        var plateau = new ReduceLrOnPlateau(0.5, 1, 0, 0.01, 0);
        var cfg = TINY.withEpochs(8).withEarlyStoppingPatience(100).withPlateau(plateau);
        var history = Trainer.fit(TinyNets.mlp(6, 3, 3), d.x(), d.y(), d.xv(), d.yv(), cfg, 8, s -> { }).history();
        var monitor = plateau.monitor();
        double lr = cfg.learningRate();
        for (int e = 0; e < history.epochs().size(); e++) {
            assertEquals(lr, history.learningRate().get(e), 0, "epoch " + (e + 1));
            lr = monitor.next(history.valLoss().get(e), lr);
        }
        assertTrue(history.learningRate().getLast() < cfg.learningRate(), history.toTable().print());
    }

    @Test
    void nanValidationLossKeepsTheFirstEpochAndStops() {
        var d = TinyNets.Split.random(7, 32, 8, 6, 3);
        d.xv()[0][0] = Double.NaN;
        var history = Trainer.fit(TinyNets.mlp(6, 3, 4), d.x(), d.y(), d.xv(), d.yv(), TINY, 1, s -> { }).history();
        assertTrue(Double.isNaN(history.valLoss().getFirst()));
        assertEquals(1, history.bestEpoch());
        assertEquals(1 + TINY.earlyStoppingPatience(), history.epochs().size());
    }

    /** The trainer lowers the rate between epochs; RMSprop's running averages must survive that. */
    @Test
    void changingTheLearningRateKeepsTheUpdaterState() {
        var d = TinyNets.Split.random(6, 32, 8, 6, 3);
        var net = Trainer.fit(TinyNets.mlp(6, 3, 4), d.x(), d.y(), d.xv(), d.yv(), TINY.withEpochs(2), 1, s -> { })
                .net();
        var state = net.getUpdater().getStateViewArray().dup();
        assertTrue(state.norm2Number().doubleValue() > 0);
        net.setLearningRate(1e-4);
        assertEquals(state, net.getUpdater().getStateViewArray());
        assertEquals(1e-4, net.getLearningRate(0), 1e-12);
    }

    @Test
    void predictProbaGivesDistributionsPerRow() {
        double[][] p = Trainer.predictProba(TinyNets.mlp(6, 4, 1), TinyNets.noise(300, 6, new Random(1)));
        assertEquals(300, p.length);
        for (double[] row : p) {
            assertEquals(4, row.length);
            assertEquals(1.0, row[0] + row[1] + row[2] + row[3], 1e-6);
        }
    }

    @Test
    void mismatchedInputIsNamed() {
        var net = TinyNets.mlp(6, 3, 1);
        double[][] x = TinyNets.noise(4, 6, new Random(1));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.fit(net, x, new int[] {0, 1, 2, 3}, x, new int[] {0, 1, 2, 0}, TINY, 1, s -> { }));
        assertTrue(e.getMessage().contains("training set: label 3 at row 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.fit(net, x, new int[] {0, 1, 2, 0}, x, new int[] {0, 1}, TINY, 1, s -> { }));
        assertTrue(e.getMessage().contains("validation set: 2 labels for 4 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Trainer.predictProba(net, new double[][] {new double[5]}));
        assertTrue(e.getMessage().contains("length 5"), e.getMessage());
    }

    private static double accuracy(double[][] p, int[] y) {
        int hits = 0;
        for (int i = 0; i < y.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                best = p[i][k] > p[i][best] ? k : best;
            }
            hits += best == y[i] ? 1 : 0;
        }
        return (double) hits / y.length;
    }

    private static double crossEntropy(double[][] p, int[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum -= Math.log(Math.max(p[i][y[i]], 1e-7));
        }
        return sum / y.length;
    }

    /** Warm-up ramps the rate over the first updates; the rate then stays at its base until a plateau lowers it. */
    @Test
    void warmUpRampsTheRateOverTheFirstUpdates() {
        var d = TinyNets.Split.random(5, 64, 16, 6, 3);
        var net = TinyNets.mlp(6, 3, 3);
        var rates = new ArrayList<Double>();
        var cfg = TINY.withEpochs(2).withBatchSize(16).withWarmUpUpdates(6).withLearningRate(0.06);
        Trainer.fit(net, d.x(), d.y(), d.xv(), d.yv(), cfg, 8, s -> rates.add(net.getLearningRate(0)));
        // 4 updates an epoch: after epoch 1 the 4th warm-up update's rate, after epoch 2 the base rate.
        assertEquals(0.06 * 4 / 6, rates.get(0), 1e-12);
        assertEquals(0.06, rates.get(1), 1e-12);
    }

    @Test
    void minibatchLossesScoreValidationSetsWhoseLastChunkIsOneRow() {
        var rng = new Random(6);
        int n = Trainer.PREDICT_BATCH + 1;
        float[][][] x = new float[n][3][4];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            for (float[] row : x[i]) {
                for (int t = 0; t < row.length; t++) {
                    row[t] = (float) rng.nextGaussian();
                }
            }
            y[i][0] = x[i][0][0] + 0.1 * rng.nextGaussian();
        }
        var net = org.merlab.models.SpectroNets.lstm(3,
                new org.merlab.models.Head.Regression(1, new org.merlab.models.SpearmanLoss(1, 0.5)), 1);
        var data = Examples.mapTargets(x, false, y);
        var result = Trainer.fit(net, data, data, new TrainConfig(1, 32, 1e-3, ReduceLrOnPlateau.off(), 1), 1,
                stats -> { });
        assertTrue(Double.isFinite(result.history().epochs().get(0).valLoss()));
    }
}
