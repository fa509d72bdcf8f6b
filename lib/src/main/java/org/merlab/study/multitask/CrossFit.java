package org.merlab.study.multitask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.eval.Evaluation;
import org.merlab.models.Head;
import org.merlab.models.MultitaskOutput;
import org.merlab.models.SpearmanLoss;
import org.merlab.models.Transfer;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Smote;
import org.merlab.train.EpochStats;
import org.merlab.train.Examples;
import org.merlab.train.TrainConfig;
import org.merlab.train.Trainer;

/**
 * Notebook 08's cross-validation: one {@link FoldSet} of the clips (grouped by artist or track, stratified by genre,
 * an inner validation part in every training fold), the same for every model, so out-of-fold predictions of all
 * models are paired row for row. Targets are standardised with each training fold's mean and SD and predictions
 * mapped back.
 */
public final class CrossFit {

    /** How a regressor is trained. */
    public enum Method {
        /** The training fold's mean of each target: the floor every model must beat. */
        MEAN("mean predictor"),
        /** All targets as outputs of one network, MSE only. */
        MSE("mse"),
        /** Same, MSE plus the soft-Spearman term per target. */
        MSE_SPEARMAN("mse+spearman"),
        /** A genre classifier trained on the training fold, its trunk frozen under an MSE+Spearman head, then
         * every layer fine-tuned. */
        TRANSFER("transfer"),
        /** Shared trunk, loss weights exp(-s_k) learned ({@link MultitaskOutput}). */
        MULTITASK("multitask");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Out-of-fold class probabilities of one variant, its evaluation, and its training cost. */
    public record Classified(Variant variant, double[][] probabilities, Evaluation evaluation, Cost cost) {
    }

    /**
     * Out-of-fold predictions {@code [n][K]} of one regressor; for the multitask network, its {@code s_k} after every
     * epoch of each fold's training ({@code [fold][epoch][K]}).
     */
    public record Regressed(Variant variant, Method method, double[][] predictions, List<List<double[]>> logVariances,
                            Cost cost) {

        public String name() {
            return method == Method.MEAN ? method.label() : variant.name() + " " + method.label();
        }
    }

    /** Epochs trained over all folds and their wall time. */
    public record Cost(int epochs, double seconds) {
        Cost plus(List<EpochStats> stats) {
            return new Cost(epochs + stats.size(), seconds + stats.stream()
                    .mapToDouble(s -> s.trainSeconds() + s.evalSeconds()).sum());
        }

        public double secondsPerEpoch() {
            return epochs == 0 ? 0 : seconds / epochs;
        }
    }

    private final Clips clips;
    private final Settings settings;
    private final FoldSet folds;
    private final Consumer<String> log;

    /** @param log receives one line per fold and model (progress) */
    public CrossFit(Clips clips, Settings settings, Consumer<String> log) {
        this.clips = clips;
        this.settings = settings;
        this.log = log;
        int n = clips.size();
        double[][] index = new double[n][1];
        for (int i = 0; i < n; i++) {
            index[i][0] = i;
        }
        var samples = new Samples(index, clips.genre(), clips.ids().toArray(String[]::new), clips.genres());
        var options = new FoldOptions(settings.folds(), 0.2, Smote.DEFAULT_K, clips.grouping());
        folds = Protocol.HONEST.folds(samples, options, settings.seed());
    }

    public FoldSet folds() {
        return folds;
    }

    /** Clip indices of a part of a fold. */
    private static int[] rows(Samples part) {
        return Arrays.stream(part.x()).mapToInt(r -> (int) r[0]).toArray();
    }

    /** Genre classification by {@code variant}, every fold. */
    public Classified classify(Variant variant) {
        float[][][] maps = variant.maps(clips, settings.step());
        int g = clips.genres().size();
        double[][] proba = new double[clips.size()][];
        Cost cost = new Cost(0, 0);
        for (var fold : folds.folds()) {
            var net = variant.build(maps, new Head.Classes(g), settings.seed() + fold.index());
            var stats = trainClasses(net, maps, variant, rows(fold.train()), rows(fold.validation()), settings.train());
            cost = cost.plus(stats);
            int[] test = rows(fold.test());
            double[][] p = Trainer.predict(net, Examples.mapClasses(pick(maps, test), variant.image(), null, g));
            for (int i = 0; i < test.length; i++) {
                proba[test[i]] = p[i];
            }
            log.accept(variant.name() + " genre fold " + fold.index() + ": " + stats.size() + " epochs");
        }
        String[] groups = clips.groups().toArray(String[]::new);
        var evaluation = Evaluation.of(clips.genre(), proba, clips.genres(), clips.ids().toArray(String[]::new),
                groups, settings.bootstrap());
        return new Classified(variant, proba, evaluation, cost);
    }

    private List<EpochStats> trainClasses(MultiLayerNetwork net, float[][][] maps, Variant v, int[] train, int[] val,
                                          TrainConfig cfg) {
        int g = clips.genres().size();
        var result = Trainer.fit(net, Examples.mapClasses(pick(maps, train), v.image(), pick(clips.genre(), train), g),
                Examples.mapClasses(pick(maps, val), v.image(), pick(clips.genre(), val), g), cfg,
                settings.seed(), s -> { });
        return result.history().epochs();
    }

    /** Regression of every target by {@code method} on {@code variant}'s input, every fold. */
    public Regressed regress(Variant variant, Method method) {
        float[][][] maps = variant.maps(clips, settings.step());
        int k = clips.targetNames().size();
        double[][] predictions = new double[clips.size()][];
        List<List<double[]>> logVariances = new ArrayList<>();
        Cost cost = new Cost(0, 0);
        for (var fold : folds.folds()) {
            int[] train = rows(fold.train());
            int[] val = rows(fold.validation());
            int[] test = rows(fold.test());
            var scale = Standardiser.of(pick(clips.targets(), train));
            double[][] z;
            if (method == Method.MEAN) {
                z = new double[test.length][k];
            } else {
                long seed = settings.seed() + fold.index();
                List<double[]> sLog = new ArrayList<>();
                MultiLayerNetwork net;
                List<EpochStats> stats = new ArrayList<>();
                Examples trainEx = Examples.mapTargets(pick(maps, train), variant.image(), scale.apply(pick(
                        clips.targets(), train)));
                Examples valEx = Examples.mapTargets(pick(maps, val), variant.image(), scale.apply(pick(
                        clips.targets(), val)));
                var spearman = new Head.Regression(k, new SpearmanLoss(settings.spearmanWeight(),
                        settings.strength()));
                switch (method) {
                    case MSE, MSE_SPEARMAN -> {
                        Head head = method == Method.MSE
                                ? new Head.Regression(k, new SpearmanLoss(0, settings.strength())) : spearman;
                        net = variant.build(maps, head, seed);
                        stats.addAll(Trainer.fit(net, trainEx, valEx, settings.train(), seed, e -> { })
                                .history().epochs());
                    }
                    case TRANSFER -> {
                        var classifier = variant.build(maps, new Head.Classes(clips.genres().size()), seed);
                        stats.addAll(trainClasses(classifier, maps, variant, train, val, settings.train()));
                        var frozen = Transfer.frozenTrunk(classifier, spearman, seed);
                        stats.addAll(Trainer.fit(frozen, trainEx, valEx, settings.train(), seed, e -> { })
                                .history().epochs());
                        net = Transfer.unfrozen(frozen, variant.build(maps, spearman, seed));
                        stats.addAll(Trainer.fit(net, trainEx, valEx, settings.fineTune(), seed, e -> { })
                                .history().epochs());
                    }
                    case MULTITASK -> {
                        net = variant.build(maps, new Head.Multitask(k), seed);
                        var head = net;
                        stats.addAll(Trainer.fit(net, trainEx, valEx, settings.train(), seed, e -> sLog.add(
                                MultitaskOutput.logVariances(head.getLayer(head.getnLayers() - 1))))
                                .history().epochs());
                        logVariances.add(sLog);
                    }
                    default -> throw new IllegalStateException("unhandled " + method);
                }
                cost = cost.plus(stats);
                z = Trainer.predict(net, Examples.mapTargets(pick(maps, test), variant.image(),
                        new double[test.length][k]));
                log.accept(variant.name() + " " + method.label() + " fold " + fold.index() + ": " + stats.size()
                        + " epochs");
            }
            double[][] y = scale.invert(z);
            for (int i = 0; i < test.length; i++) {
                predictions[test[i]] = y[i];
            }
        }
        return new Regressed(variant, method, predictions, logVariances, cost);
    }

    static <T> T[] pick(T[] all, int[] rows) {
        T[] out = Arrays.copyOf(all, rows.length);
        for (int i = 0; i < rows.length; i++) {
            out[i] = all[rows[i]];
        }
        return out;
    }

    static int[] pick(int[] all, int[] rows) {
        return Arrays.stream(rows).map(r -> all[r]).toArray();
    }
}
