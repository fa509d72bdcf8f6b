package org.merlab.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.ModelCard;
import org.merlab.bundle.SegmentRecipe;
import org.merlab.data.EmbeddedCorpus;
import org.merlab.data.Gems;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.CvScores;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.Probabilities;
import org.merlab.eval.ScoreRow;
import org.merlab.features.FixedSegments;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
import org.merlab.prep.Tracks;
import org.merlab.report.Provenance;
import org.merlab.train.EpochStats;
import org.merlab.train.History;

/**
 * The paper's CNN-LSTM trained into a {@link ModelBundle} a user can run on their own music, through the study's own
 * steps: every track cut into segments of a fixed length ({@link StudyData#windows}), the paper's features, the
 * honest protocol's split ({@link Protocol#HONEST}: 70/15/15 by track, stratified by label, SMOTE on training only),
 * a scaler fitted on training, the network trained with validation choosing its epoch ({@link PaperStudy#fit}).
 * The held-out test tracks, which neither trained nor chose anything, give the card's test scores; optionally the
 * honest cross-validation of the same table ({@link PaperStudy#crossValidate}) gives its cross-validated scores.
 */
public final class PaperBundle {

    /** The card's name of the held-out evaluation and of the cross-validated one. */
    public static final String HELD_OUT = "held-out test tracks";
    public static final String CROSS_VALIDATED = "honest cross-validation";

    private PaperBundle() {
    }

    /**
     * What {@link #train} made.
     *
     * @param bundle        the bundle, not yet written
     * @param table         the training table (all tracks)
     * @param heldOutTracks ids of the tracks that neither trained the network nor chose its epoch (the card's test
     *                      tracks): the ones to try the model on
     */
    public record Trained(ModelBundle bundle, StudyData.WindowTable table, List<String> heldOutTracks) {

        public Trained {
            heldOutTracks = List.copyOf(heldOutTracks);
        }
    }

    /**
     * Trains the bundle on {@code data}.
     *
     * @param cacheDir feature cache folder, or null for none
     * @param threads  tracks extracted in parallel
     * @param progress called after every epoch of the final network (cross-validation epochs go to stderr only)
     * @throws StudyException if the tracks are too few for a validation and a test part
     */
    public static Trained train(StudyData data, BundleOptions options, Path cacheDir, int threads,
                                Consumer<EpochStats> progress) {
        StudyData.WindowTable table = data.windows(options.segments(), cacheDir, threads);
        Map<String, String> parameters = new LinkedHashMap<>(options.describe());
        parameters.put("data", data.root().toString());
        return new Trained(train(table.samples(), data.dataset().name(), data.fingerprint(), parameters, options,
                progress), table, split(table.samples(), options.seed()).test().groups());
    }

    /**
     * {@link #train(StudyData, BundleOptions, Path, int, Consumer)} on a table already cut into
     * {@code options.segments()}.
     *
     * @param all         one row of the paper's features per segment, labelled, grouped by track
     * @param dataset     the data's name, as the card and provenance give it ({@value EmbeddedCorpus#NAME} for the
     *                    embedded corpus)
     * @param fingerprint the data's {@link org.merlab.report.Fingerprint}
     * @param parameters  the run's settings for the provenance
     */
    public static ModelBundle train(Samples all, String dataset, String fingerprint, Map<String, String> parameters,
                                    BundleOptions options, Consumer<EpochStats> progress) {
        long seed = options.seed();
        Split raw = split(all, seed);
        for (var part : List.of(Map.entry("validation", raw.validation()), Map.entry("test", raw.test()))) {
            if (part.getValue().size() == 0) {
                throw new StudyException("the " + part.getKey() + " part is empty: " + all.groups().size()
                        + " tracks are too few for a 70/15/15 split by label");
            }
        }
        String cell = options.segments().segmentSeconds() + " s segments";
        PaperStudy.Fit fit = PaperStudy.fit(raw, options.network(), options.training(), seed,
                "CNN-LSTM " + cell + " HONEST", progress);
        BootstrapOptions bootstrap = new BootstrapOptions(options.bootstrapResamples(), seed);

        List<ModelCard.Scores> evaluations = new ArrayList<>();
        evaluations.add(heldOut(fit, raw, bootstrap));
        if (options.folds() > 0) {
            CvRun cv = PaperStudy.crossValidate(all, options.segments(), Protocol.HONEST, options.crossValidation());
            evaluations.add(new ModelCard.Scores(CROSS_VALIDATED, options.folds() + "-fold cross-validation grouped by"
                    + " track (" + cv.statement() + "), pooled out-of-fold predictions scored once, 95% intervals"
                    + " resampling tracks; a fresh network per fold, its epoch chosen on an inner validation part.",
                    cv.scores()));
        }
        History history = fit.trained().history();
        ModelCard card = new ModelCard(options.model(), "the dominant induced emotion (GEMS-9: the emotion the largest"
                + " share of listeners reported) of a music segment, from the paper's 28 librosa features of it",
                dataset, fingerprint, all.groups().size(), all.size(), tracksPerLabel(all), protocol(),
                training(options, history, raw), evaluations, limits(dataset, options.segments(), all, evaluations));
        Provenance provenance = Provenance.capture(seed, parameters, dataset, fingerprint);
        return new ModelBundle(SegmentRecipe.paper(options.segments(), fit.scaler()), all.classes(), card, provenance,
                fit.trained().net());
    }

    /** The bundle's one split: the honest protocol's 70/15/15 by track. */
    private static Split split(Samples all, long seed) {
        return Protocol.HONEST.split(all, seed);
    }

    private static ModelCard.Scores heldOut(PaperStudy.Fit fit, Split raw, BootstrapOptions bootstrap) {
        Samples test = fit.scaled().test();
        Evaluation network = PaperStudy.evaluate(fit.trained().net(), test, bootstrap);
        int majority = Probabilities.argmax(Arrays.stream(raw.train().realRows().classCounts()).asDoubleStream()
                .toArray());
        double[][] constant = new double[test.size()][test.numClasses()];
        for (double[] row : constant) {
            row[majority] = 1;
        }
        Evaluation reference = Evaluation.of(test.y(), constant, test.classes(), test.group(), bootstrap);
        List<ScoreRow> rows = List.of(ScoreRow.of(PaperStudy.NETWORK, CvScores.SEGMENT, network),
                ScoreRow.of(CvScores.MAJORITY, CvScores.SEGMENT, reference),
                ScoreRow.of(PaperStudy.NETWORK, CvScores.TRACK, network.trackLevel().orElseThrow()),
                ScoreRow.of(CvScores.MAJORITY, CvScores.TRACK, reference.trackLevel().orElseThrow()));
        return new ModelCard.Scores(HELD_OUT, String.format(Locale.ROOT, "The %d test tracks (%d segments) of the"
                        + " honest split, which neither trained the network nor chose its epoch; %s answers the"
                        + " training part's most common label ('%s') always; 95%% intervals resample tracks.",
                test.groups().size(), test.size(), CvScores.MAJORITY, test.classes().get(majority)), rows);
    }

    private static String protocol() {
        return "Honest protocol (prep.Protocol.HONEST): tracks split 70/15/15 into training, validation and test,"
                + " stratified by label, so no track has segments on two sides; SMOTE (k = 5) oversamples the"
                + " training part only; a StandardScaler fitted on the training rows scales every part and is kept in"
                + " this bundle; the network trains on training, validation chooses the restored epoch and lowers the"
                + " learning rate on plateaus, test scores it once.";
    }

    private static Map<String, String> training(BundleOptions options, History history, Split raw) {
        Map<String, String> map = new LinkedHashMap<>(options.describe());
        map.put("epochsRun", String.valueOf(history.epochs().size()));
        map.put("restoredEpoch", String.valueOf(history.bestEpoch()));
        map.put("stoppedEarly", String.valueOf(history.stoppedEarly()));
        map.put("trainingRows", raw.train().size() + " (" + (raw.train().size() - raw.train().realRows().size())
                + " of them SMOTE)");
        map.put("trainingTracks", String.valueOf(raw.train().realRows().groups().size()));
        map.put("validationTracks", String.valueOf(raw.validation().groups().size()));
        map.put("testTracks", String.valueOf(raw.test().groups().size()));
        return map;
    }

    private static Map<String, Integer> tracksPerLabel(Samples all) {
        Map<String, Integer> map = new LinkedHashMap<>();
        all.classes().forEach(c -> map.put(c, 0));
        Tracks.majorityLabels(all.group(), all.y(), all.numClasses())
                .forEach((track, label) -> map.merge(all.classes().get(label), 1, Integer::sum));
        return map;
    }

    /** Limits known by construction, and the one the card's own numbers show. */
    static List<String> limits(String dataset, FixedSegments segments, Samples all,
                               List<ModelCard.Scores> evaluations) {
        List<String> limits = new ArrayList<>();
        if (dataset.equals(EmbeddedCorpus.NAME)) {
            limits.add("Trained on merlab's embedded corpus of synthetic music (generated tones and rhythms with"
                    + " simulated listener labels): it knows only synthetic music, and its labels mean nothing for"
                    + " real recordings.");
        } else {
            limits.add("Trained on an Emotify-layout dataset: labels are the emotions listeners reported feeling"
                    + " (induced, GEMS-9) for one-minute excerpts of classical, rock, electronic and pop music; other"
                    + " genres, and the emotion a song expresses rather than induces, are outside what it learned.");
            limits.add("Under the honest protocol (unseen tracks), merlab's reproduction found the paper's CNN-LSTM"
                    + " near chance on Emotify (reports/emotify-dev/README.md); the paper's high accuracy came from"
                    + " segments of the same tracks on both sides of its split. Read this card's evaluation before"
                    + " using the labels.");
        }
        ModelCard.Scores primary = evaluations.getLast();
        ScoreRow network = primary.row(PaperStudy.NETWORK, CvScores.TRACK).orElseThrow();
        ScoreRow majority = primary.row(CvScores.MAJORITY, CvScores.TRACK).orElseThrow();
        double accuracy = network.values().get(Metric.ACCURACY);
        double reference = majority.values().get(Metric.ACCURACY);
        Interval ci = network.intervals().get(Metric.ACCURACY);
        boolean above = ci != null ? ci.low() > reference : accuracy > reference;
        limits.add(String.format(Locale.ROOT, "On the %s its track accuracy is %.3f%s against %.3f for always"
                        + " answering the most common label: %s", primary.name(), accuracy,
                ci == null ? "" : String.format(Locale.ROOT, " (95%% CI %.3f-%.3f)", ci.low(), ci.high()), reference,
                above ? "above that reference." : "not shown to be better than that reference."));
        if (network.rows() < 30) {
            limits.add("That evaluation holds only " + network.rows() + " tracks; its intervals are wide.");
        }
        if (all.numClasses() < Gems.values().length) {
            limits.add("It predicts only the " + all.numClasses() + " labels that were a track's dominant emotion in"
                    + " training (" + String.join(", ", all.classes()) + "); other GEMS emotions never come out.");
        }
        limits.add(String.format(Locale.ROOT, "Audio is cut into %s s segments (hop %s s), the length fixed at"
                        + " training; a file shorter than that is predicted from one shorter segment, which the model"
                        + " never saw. The track summary is the mean of the segments' probabilities.",
                segments.segmentSeconds(), segments.hopSeconds()));
        return limits;
    }
}
