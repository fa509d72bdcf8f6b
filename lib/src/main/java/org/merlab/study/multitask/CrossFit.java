package org.merlab.study.multitask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.merlab.train.Trainer;

/**
 * Notebook 08's cross-validation: one {@link FoldSet} of the clips (grouped by artist or track, stratified by genre,
 * an inner validation part in every training fold), the same for every model, so out-of-fold predictions of all
 * models are paired row for row. Targets are standardised with each training fold's mean and SD and predictions
 * mapped back. Cross-data transfer pretrains each variant's genre trunk once on a separate genre set: its clips are
 * none of the regression clips, so no fold's test clips reach the trunk.
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
        /** The same, but the genre classifier trained once on a separate genre set ({@link Clips#genreSet}), none of
         * whose clips is a regression clip: transfer across data, as the study did with its own genre set. */
        CROSS_TRANSFER("cross-data transfer"),
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

    /**
     * A genre classifier of one variant trained on the separate genre set: on the training part of that set's first
     * fold (grouped as the set groups, early stopping on its inner validation part), scored on its held-out part.
     *
     * @param frames the columns its maps were fitted to, the regression clips' length
     */
    public record Pretrained(Variant variant, MultiLayerNetwork classifier, int frames, Evaluation heldOut,
                             Cost cost) {
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
    private final Optional<Clips> genreSet;
    private final Settings settings;
    private final FoldSet folds;
    private final Consumer<String> log;
    private final Map<Variant, Pretrained> pretrained = new HashMap<>();

    /** Cross-validation of {@code clips} without a separate genre set. */
    public CrossFit(Clips clips, Settings settings, Consumer<String> log) {
        this(clips, Optional.empty(), settings, log);
    }

    /**
     * @param genreSet the clips {@link Method#CROSS_TRANSFER} pretrains on, if any
     * @param log      receives one line per fold and model (progress)
     */
    public CrossFit(Clips clips, Optional<Clips> genreSet, Settings settings, Consumer<String> log) {
        this.clips = clips;
        this.genreSet = genreSet;
        this.settings = settings;
        this.log = log;
        folds = folds(clips, settings);
    }

    private static FoldSet folds(Clips clips, Settings settings) {
        int n = clips.size();
        double[][] index = new double[n][1];
        for (int i = 0; i < n; i++) {
            index[i][0] = i;
        }
        var samples = new Samples(index, clips.genre(), clips.ids().toArray(String[]::new), clips.genres());
        var options = new FoldOptions(settings.folds(), 0.2, Smote.DEFAULT_K, clips.grouping());
        return Protocol.HONEST.folds(samples, options, settings.seed());
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
            var stats = trainClasses(net, clips, maps, variant, rows(fold.train()), rows(fold.validation()));
            cost = cost.plus(stats);
            int[] test = rows(fold.test());
            double[][] p = Trainer.predict(net, Examples.mapClasses(pick(maps, test), variant.image(), null, g));
            for (int i = 0; i < test.length; i++) {
                proba[test[i]] = p[i];
            }
            log.accept(variant.name() + " genre fold " + fold.index() + ": " + stats.size() + " epochs");
        }
        var evaluation = Evaluation.of(clips.genre(), proba, clips.genres(), clips.ids().toArray(String[]::new),
                clips.groups().toArray(String[]::new), settings.bootstrap());
        return new Classified(variant, proba, evaluation, cost);
    }

    /** The genre trunk of {@code variant} pretrained on the separate genre set, once cross-data transfer has run. */
    public Optional<Pretrained> pretrained(Variant variant) {
        return Optional.ofNullable(pretrained.get(variant));
    }

    /** Trains {@code net} to tell the genres of {@code set}'s clips {@code train}, early stopping on {@code val}. */
    private List<EpochStats> trainClasses(MultiLayerNetwork net, Clips set, float[][][] maps, Variant v, int[] train,
                                          int[] val) {
        int g = set.genres().size();
        var result = Trainer.fit(net, Examples.mapClasses(pick(maps, train), v.image(), pick(set.genre(), train), g),
                Examples.mapClasses(pick(maps, val), v.image(), pick(set.genre(), val), g), settings.train(),
                settings.seed(), s -> { });
        return result.history().epochs();
    }

    /**
     * The genre classifier of {@code variant} on the separate genre set, trained on first use and kept: its maps
     * pooled as the regression clips' and fitted to their {@code frames} columns ({@link Variant#maps(Clips, int,
     * int)}).
     *
     * @throws IllegalStateException if this cross-validation has no genre set
     */
    private Pretrained pretrain(Variant variant, int frames) {
        Clips set = genreSet.orElseThrow(() -> new IllegalStateException(
                "cross-data transfer needs a separate genre set, and this run has none"));
        return pretrained.computeIfAbsent(variant, v -> {
            float[][][] maps = v.maps(set, settings.step(), frames);
            var fold = folds(set, settings).fold(0);
            long seed = settings.seed();
            var net = v.build(maps, new Head.Classes(set.genres().size()), seed);
            var stats = trainClasses(net, set, maps, v, rows(fold.train()), rows(fold.validation()));
            int[] test = rows(fold.test());
            double[][] p = Trainer.predict(net, Examples.mapClasses(pick(maps, test), v.image(), null,
                    set.genres().size()));
            var heldOut = Evaluation.of(pick(set.genre(), test), p, set.genres(),
                    pick(set.ids().toArray(String[]::new), test), pick(set.groups().toArray(String[]::new), test),
                    settings.bootstrap());
            log.accept(v.name() + " genre trunk on " + set.dataset() + ": " + stats.size() + " epochs, held-out "
                    + heldOut.summary());
            return new Pretrained(v, net, frames, heldOut, new Cost(0, 0).plus(stats));
        });
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
                    case TRANSFER, CROSS_TRANSFER -> {
                        MultiLayerNetwork classifier;
                        if (method == Method.TRANSFER) {
                            classifier = variant.build(maps, new Head.Classes(clips.genres().size()), seed);
                            stats.addAll(trainClasses(classifier, clips, maps, variant, train, val));
                        } else {
                            classifier = pretrain(variant, maps[0][0].length).classifier();
                        }
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
        if (method == Method.CROSS_TRANSFER) {
            var pre = pretrained.get(variant).cost();
            cost = new Cost(cost.epochs() + pre.epochs(), cost.seconds() + pre.seconds());
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
