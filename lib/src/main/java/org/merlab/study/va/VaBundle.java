package org.merlab.study.va;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.audio.RenderOptions;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.ModelCard;
import org.merlab.bundle.VaPredictor;
import org.merlab.bundle.VaRecipe;
import org.merlab.data.RenderCache;
import org.merlab.data.VaDataset;
import org.merlab.data.VaFeatures;
import org.merlab.data.VaPiece;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Interval;
import org.merlab.eval.SequenceMetric;
import org.merlab.eval.SequenceScores;
import org.merlab.prep.GroupedSplit;
import org.merlab.prep.Splits;
import org.merlab.prep.StandardScaler;
import org.merlab.report.Fingerprint;
import org.merlab.report.Provenance;
import org.merlab.train.EpochStats;
import org.merlab.train.Examples;
import org.merlab.train.TrainResult;
import org.merlab.train.Trainer;

/**
 * A valence/arousal network of notebook 07 trained into a {@link ModelBundle} that predicts both dimensions per step
 * of any audio: the study's inputs ({@link VaFeatures#build}: MIDI rendered, 128-band log-mel pooled per annotated
 * step), one grouped split by the source's group ({@link VaSource#group}: game or artist; the first fold of
 * {@link Splits#groupedKFold}: its test groups are held out, an inner part of the training groups chooses the epoch), the scaler fitted on training steps, windows of the study's
 * length, one network for both dimensions through {@link Trainer}. The bundle's own predictor scores the test pieces
 * (from their annotated steps) with bootstrap intervals over pieces, beside the training mean.
 *
 * @see VaCrossValidation the study's cross-validation, of which this is one fold
 */
public final class VaBundle {

    private VaBundle() {
    }

    /**
     * What to train.
     *
     * @param model    {@link VaModel#LSTM_JOINT} or a Transformer (trained with two outputs per step)
     * @param folds    the split holds out one game fold in {@code folds}, at least 2
     * @param epochs   most epochs
     * @param patience early-stopping patience
     * @param window   steps per window (the study's 32; 0 = whole pieces)
     * @param nMels    mel bands
     * @param bootstrap resamples of the test intervals
     * @param seed     split, weights and shuffling
     */
    public record Options(VaModel model, int folds, int epochs, int patience, int window, int nMels, int bootstrap,
                          long seed) {
        public Options {
            new VaSettings(folds, 0.2, epochs, patience, window, List.of(model), seed); // validates the shared fields
            if (nMels < 1) {
                throw new IllegalArgumentException("nMels must be at least 1, got " + nMels);
            }
        }
    }

    /**
     * Trains on {@code data}.
     *
     * @param root     the checkout whose {@code data/processed/} caches renders and features
     * @param progress one line per epoch
     * @param source   the copy to train on, which also says how its pieces are grouped
     * @throws IllegalArgumentException if the data gives no piece with inputs, or too few groups for the split
     */
    public static ModelBundle train(VaSource source, Options options, Path root, Consumer<String> progress) {
        VaDataset data = source.load();
        String statement = source.statement();
        String group = source.group();
        RenderCache renders = new RenderCache(root.resolve(RenderCache.DEFAULT_DIR), RenderOptions.DEFAULT);
        VaFeatures.Built built = VaFeatures.build(data, renders, options.nMels(),
                root.resolve(VaFeatures.DEFAULT_CACHE));
        List<VaPiece> pieces = built.pieces();
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no piece of " + data.name() + " has inputs: " + built.skipped());
        }
        String[] groups = pieces.stream().map(VaPiece::group).toArray(String[]::new);
        GroupedSplit split = Splits.groupedKFold(groups, options.folds(), 0.2, group, options.seed()).getFirst();
        StandardScaler scaler = StandardScaler.fit(Windows.rows(built.features(), split.train()));
        Windows train = Windows.of(pieces, split.train(), options.window());
        Windows validation = Windows.of(pieces, split.validation(), options.window());
        int[] both = {0, 1};
        MultiLayerNetwork net = options.model().build(built.nMels(), both.length, options.seed());
        TrainResult<MultiLayerNetwork> result = Trainer.fit(net, Examples.sequences(
                        train.inputs(built.features(), scaler), train.targets(both)),
                Examples.sequences(validation.inputs(built.features(), scaler),
                        validation.targets(both)),
                options.model().config(options.epochs(), options.patience(), train.size()), options.seed(),
                (EpochStats s) -> progress.accept(options.model().label() + ": " + s.line()));

        double step = VaFeatures.medianStep(pieces, split.train());
        VaRecipe recipe = new VaRecipe(VaFeatures.RECIPE, built.nMels(), step, options.window(), scaler,
                options.model().label());
        String fingerprint = Fingerprint.ofFiles(Path.of("/"), pieces.stream()
                .map(p -> p.source().toAbsolutePath()).toList());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("model", options.model().label());
        parameters.put("data", statement);
        parameters.put("options", options.toString());
        Provenance provenance = Provenance.capture(options.seed(), parameters, data.name(), fingerprint);
        // The test pieces are scored by the bundle's own predictor, so the card's numbers are the bundle's; the card
        // needs those numbers, so a bundle with an empty card predicts first.
        ModelCard empty = new ModelCard(options.model().describe(), "", data.name(), fingerprint, 0, 0, Map.of(), "",
                Map.of(), List.of(), List.of());
        VaPredictor predictor = VaPredictor.of(new ModelBundle(recipe, VaSettings.DIMENSIONS, empty, provenance,
                result.net()));
        List<String> scores = testScores(predictor, built, split, group, new BootstrapOptions(options.bootstrap(),
                options.seed()));
        Map<String, String> training = new LinkedHashMap<>();
        training.put("epochsRun", String.valueOf(result.history().epochs().size()));
        training.put("restoredEpoch", String.valueOf(result.history().bestEpoch()));
        training.put("trainingPieces", String.valueOf(split.train().length));
        training.put("validationPieces", String.valueOf(split.validation().length));
        training.put("testPieces", String.valueOf(split.test().length));
        training.put("skippedPieces", String.valueOf(built.skipped().size()));
        List<String> limits = new ArrayList<>(scores);
        limits.add(source.layout() == VaSource.Layout.VGMIDI ? String.format(Locale.ROOT, "Trained on annotated"
                + " steps of the training pieces (%s), whose length varies with the piece (VGMIDI annotates bars of"
                + " MIDI renders); audio given to the bundle is cut into fixed steps of %.3f s, the median training"
                + " step, so a step rarely matches a bar of the music.", data.name(), step)
                : String.format(Locale.ROOT, "Trained on the 2 Hz ratings of the training songs (%s), which start"
                + " 15 s into each excerpt; audio given to the bundle is cut into steps of %.3f s from its start,"
                + " so its first steps are a part of a song the annotators never rated.", data.name(), step));
        limits.add(switch (source.layout()) {
            case VGMIDI -> data.name().equals(VaSource.EMBEDDED)
                    ? "Trained on merlab's SYNTHETIC stand-in for VGMIDI (generated MIDI with planted trajectories,"
                    + " not real annotations): its values mean nothing for real music."
                    : "Trained on piano arrangements of video-game music rendered from MIDI with one General MIDI"
                    + " piano: recordings of other music and instruments are outside what it learned.";
            case CSV -> "Trained on excerpts of Creative Commons songs (mostly the Free Music Archive) rated by crowd"
                    + " workers: other music, and listeners of other cultures, are outside what it learned.";
        });
        int steps = Arrays.stream(split.train()).map(i -> pieces.get(i).steps()).sum();
        ModelCard card = new ModelCard(options.model().describe(), "valence and arousal per time step (the"
                + " annotation scale of the training data), from 128-band log-mel of the audio", data.name(),
                fingerprint, pieces.size(), steps, Map.of(), protocol(options, group), training, List.of(), limits);
        return new ModelBundle(recipe, VaSettings.DIMENSIONS, card, provenance, result.net());
    }

    /** Held-out test sentences: CCC, Pearson r and RMSE per dimension with 95% intervals, and the mean's RMSE. */
    private static List<String> testScores(VaPredictor predictor, VaFeatures.Built built, GroupedSplit split,
                                           String group, BootstrapOptions bootstrap) {
        List<VaPiece> pieces = built.pieces();
        List<String> lines = new ArrayList<>();
        List<double[][]> predicted = new ArrayList<>();
        for (int i : split.test()) {
            predicted.add(predictor.values(built.features().get(i)));
        }
        for (int d = 0; d < 2; d++) {
            List<double[]> truth = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            List<double[]> mean = new ArrayList<>();
            double m = VaCrossValidation.trainingMean(pieces, split.train(), d);
            for (int t = 0; t < split.test().length; t++) {
                VaPiece piece = pieces.get(split.test()[t]);
                truth.add(piece.target(d));
                double[] v = new double[piece.steps()];
                for (int s = 0; s < v.length; s++) {
                    v[s] = predicted.get(t)[s][d];
                }
                values.add(v);
                double[] constant = new double[piece.steps()];
                Arrays.fill(constant, m);
                mean.add(constant);
            }
            SequenceScores s = SequenceScores.of(truth, values, bootstrap);
            double meanRmse = SequenceMetric.RMSE.of(truth, mean);
            lines.add(String.format(Locale.ROOT, "On the %d held-out test pieces (%ss never seen in training),"
                            + " %s: CCC %s, Pearson r %s, RMSE %s; the training mean gives RMSE %.3f.",
                    split.test().length, group, VaSettings.DIMENSIONS.get(d), value(s, SequenceMetric.CCC),
                    value(s, SequenceMetric.PEARSON), value(s, SequenceMetric.RMSE), meanRmse));
        }
        return lines;
    }

    private static String value(SequenceScores s, SequenceMetric m) {
        Interval ci = s.intervals().get(m);
        return String.format(Locale.ROOT, "%.3f%s", s.value(m),
                ci == null ? "" : String.format(Locale.ROOT, " (95%% CI %.3f-%.3f)", ci.low(), ci.high()));
    }

    private static String protocol(Options options, String group) {
        return "One grouped split by " + group + " (the first of " + options.folds() + " folds of"
                + " prep.Splits.groupedKFold): its test " + group + "s are held out; 20% of the training " + group
                + "s form the validation part that chooses"
                + " the restored epoch (early stopping, patience " + options.patience() + "); a StandardScaler per"
                + " mel band fitted on the training steps is kept in this bundle; pieces are cut into windows of "
                + (options.window() == 0 ? "whole pieces" : "up to " + options.window() + " steps")
                + "; one network predicts both dimensions (masked per-step MSE).";
    }
}
