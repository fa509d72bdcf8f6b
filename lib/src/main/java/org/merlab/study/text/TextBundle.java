package org.merlab.study.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.deeplearning4j.nn.api.Model;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.ModelCard;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.TextRecipe;
import org.merlab.data.TextExample;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.Probabilities;
import org.merlab.eval.ScoreRow;
import org.merlab.report.Provenance;
import org.merlab.train.EpochStats;
import org.merlab.train.History;
import org.merlab.train.TrainResult;

/**
 * A text emotion network of the study trained into a {@link ModelBundle}, through notebook 09's steps
 * ({@link TextStudy}): the encoder fitted on the training split, the BiLSTM or the Transformer trained by the one
 * trainer with the validation split choosing its epoch, and the untouched test split scored once, by the bundle's own
 * predictor, with bootstrap intervals beside the majority-class rate.
 */
public final class TextBundle {

    /** The card's name of the test evaluation. */
    public static final String HELD_OUT = "test split";
    /** The level of the card's score rows. */
    public static final String LEVEL = "text";
    /** The card's row names of the network and of the majority-class reference. */
    public static final String NETWORK = "NETWORK";
    public static final String MAJORITY = "MAJORITY_CLASS";

    private TextBundle() {
    }

    /**
     * Trains {@code architecture} ({@link TextRecipe#ARCHITECTURES}) on {@code choice}.
     *
     * @param progress called after every epoch
     */
    public static ModelBundle train(TextCorpusChoice choice, TextStudyOptions options, String architecture,
                                    Consumer<EpochStats> progress) {
        TextStudy study = TextStudy.prepare(choice, options);
        TextRecipe recipe = new TextRecipe(study.encoder(), architecture);
        Model net;
        History history;
        String description;
        if (architecture.equals("lstm")) {
            TrainResult<?> r = study.fitLstm(progress);
            net = (Model) r.net();
            history = r.history();
            description = study.lstmModel().describe();
        } else {
            TrainResult<?> r = study.fitTransformer(progress);
            net = (Model) r.net();
            history = r.history();
            description = study.transformerModel().describe();
        }
        List<String> classes = TextCorpusChoice.classes();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("architecture", architecture);
        parameters.put("corpus", choice.source());
        options.table().forEach(row -> parameters.put(row.getString("setting"), row.getString("value")));
        Provenance provenance = Provenance.capture(options.seed(), parameters, choice.dataset(), choice.fingerprint());
        // The test split is scored by the bundle's own predictor, so the card's numbers are the bundle's; the card
        // needs those numbers, so a bundle with an empty card predicts first.
        ModelCard placeholder = new ModelCard(description, "", choice.dataset(), choice.fingerprint(), 0, 0, Map.of(),
                "", Map.of(), List.of(), List.of());
        ModelBundle untested = new ModelBundle(recipe, classes, placeholder, provenance, net);
        ModelCard.Scores test = heldOut(untested, choice.corpus().test(), choice.corpus().train(),
                new BootstrapOptions(options.bootstrap(), options.seed()));
        ModelCard card = new ModelCard(description, "the emotion a short English text expresses (dair-ai emotion"
                + " labels: " + String.join(", ", classes) + ")", choice.dataset(), choice.fingerprint(),
                choice.corpus().train().size(), choice.corpus().train().size(), perLabel(choice.corpus().train()),
                protocol(choice), training(history, choice, study), List.of(test), limits(choice, test));
        return new ModelBundle(recipe, classes, card, provenance, net);
    }

    private static ModelCard.Scores heldOut(ModelBundle bundle, List<TextExample> test, List<TextExample> train,
                                            BootstrapOptions bootstrap) {
        int[] truth = TextStudy.labels(test);
        double[][] p = TextPredictor.of(bundle).probabilities(TextStudy.texts(test));
        int k = bundle.labels().size();
        double[] counts = new double[k];
        for (int y : TextStudy.labels(train)) {
            counts[y]++;
        }
        int majority = Probabilities.argmax(counts);
        double[][] constant = new double[test.size()][k];
        for (double[] row : constant) {
            row[majority] = 1;
        }
        List<ScoreRow> rows = List.of(
                ScoreRow.of(NETWORK, LEVEL, Evaluation.of(truth, p, bundle.labels(), null, bootstrap)),
                ScoreRow.of(MAJORITY, LEVEL, Evaluation.of(truth, constant, bundle.labels(), null, bootstrap)));
        return new ModelCard.Scores(HELD_OUT, String.format(Locale.ROOT, "The %d texts of the test split, which"
                        + " neither trained the network nor chose its epoch, predicted by this bundle; %s answers the"
                        + " training split's most common label ('%s') always; 95%% intervals resample texts.",
                test.size(), MAJORITY, bundle.labels().get(majority)), rows);
    }

    private static String protocol(TextCorpusChoice choice) {
        return "The corpus's own train/validation/test split (" + choice.source() + "): the vocabulary and maximum"
                + " length are fitted on the training split only (words seen at least minCount times; the length"
                + " that leaves the coverage share of training texts untruncated); the network trains on the"
                + " training split, the validation split chooses the restored epoch (early stopping), the test split"
                + " scores it once.";
    }

    private static Map<String, String> training(History history, TextCorpusChoice choice, TextStudy study) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("epochsRun", String.valueOf(history.epochs().size()));
        map.put("restoredEpoch", String.valueOf(history.bestEpoch()));
        map.put("stoppedEarly", String.valueOf(history.stoppedEarly()));
        map.put("trainingTexts", String.valueOf(choice.corpus().train().size()));
        map.put("validationTexts", String.valueOf(choice.corpus().val().size()));
        map.put("testTexts", String.valueOf(choice.corpus().test().size()));
        map.put("vocabulary", String.valueOf(study.encoder().vocabulary().size()));
        map.put("maxLength", String.valueOf(study.encoder().maxLength()));
        return map;
    }

    private static Map<String, Integer> perLabel(List<TextExample> train) {
        Map<String, Integer> map = new LinkedHashMap<>();
        List<String> classes = TextCorpusChoice.classes();
        classes.forEach(c -> map.put(c, 0));
        for (int y : TextStudy.labels(train)) {
            map.merge(classes.get(y), 1, Integer::sum);
        }
        return map;
    }

    private static List<String> limits(TextCorpusChoice choice, ModelCard.Scores test) {
        List<String> limits = new ArrayList<>();
        if (choice.standIn()) {
            limits.add("Trained on merlab's GENERATED stand-in corpus (synthetic sentences), not on real text: its"
                    + " labels mean nothing for real sentences.");
        } else {
            limits.add("Trained on the dair-ai emotion corpus (English tweets labelled with six emotions by"
                    + " hashtags): other languages, long texts and lyrics are outside what it learned.");
        }
        ScoreRow network = test.row(NETWORK, LEVEL).orElseThrow();
        ScoreRow majority = test.row(MAJORITY, LEVEL).orElseThrow();
        Interval ci = network.intervals().get(Metric.MACRO_F1);
        limits.add(String.format(Locale.ROOT, "On the %s its accuracy is %.3f and its macro-F1 %.3f%s; always"
                        + " answering the most common label gives accuracy %.3f.", test.name(),
                network.values().get(Metric.ACCURACY), network.values().get(Metric.MACRO_F1),
                ci == null ? "" : String.format(Locale.ROOT, " (95%% CI %.3f-%.3f)", ci.low(), ci.high()),
                majority.values().get(Metric.ACCURACY)));
        limits.add("Texts longer than the maximum length are cut to their first tokens; words not in the training"
                + " vocabulary all read as one unknown word; a text without any letter or digit is refused.");
        return limits;
    }
}
