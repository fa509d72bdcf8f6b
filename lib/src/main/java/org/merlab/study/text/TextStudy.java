package org.merlab.study.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.baselines.TfIdfLogistic;
import org.merlab.data.TextExample;
import org.merlab.eval.Bootstrap;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Evaluation;
import org.merlab.models.TextLstm;
import org.merlab.models.TextTransformer;
import org.merlab.text.LengthProfile;
import org.merlab.text.TextEncoder;
import org.merlab.text.TfIdf;
import org.merlab.text.Tokenizer;
import org.merlab.train.EpochStats;
import org.merlab.train.Examples;
import org.merlab.train.History;
import org.merlab.train.ModelFiles;
import org.merlab.train.ReduceLrOnPlateau;
import org.merlab.train.TrainConfig;
import org.merlab.train.TrainResult;
import org.merlab.train.Trainer;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The text emotion study (LSTM vs Transformer, after Jevtić &amp; Milošević's slides), wired from the stages: the
 * {@link TextEncoder} and {@link TfIdf} fitted on the training split only; the TF-IDF baseline with its penalty
 * chosen on the validation split; the two networks trained by the one {@link Trainer} with early stopping on the
 * validation split; every model scored once on the untouched test split with bootstrap intervals. Networks are saved
 * with their encoder and the test split is predicted by the reloaded pair, so the reported numbers are those of the
 * saved model.
 */
public final class TextStudy {

    private static final int K = TextCorpusChoice.classes().size();

    private final TextCorpusChoice choice;
    private final TextStudyOptions options;
    private final TextEncoder encoder;
    private final LengthProfile lengths;

    private TextStudy(TextCorpusChoice choice, TextStudyOptions options) {
        this.choice = choice;
        this.options = options;
        List<String> train = texts(choice.corpus().train());
        this.encoder = TextEncoder.fit(train, options.minCount(), options.coverage());
        this.lengths = LengthProfile.of(train.stream().map(Tokenizer::words).toList());
    }

    /** Fits the text encoder on the training split. */
    public static TextStudy prepare(TextCorpusChoice choice, TextStudyOptions options) {
        return new TextStudy(choice, options);
    }

    public TextCorpusChoice choice() {
        return choice;
    }

    public TextStudyOptions options() {
        return options;
    }

    public TextEncoder encoder() {
        return encoder;
    }

    /** Token counts of the training texts, from which the maximum length was chosen. */
    public LengthProfile lengths() {
        return lengths;
    }

    /** The vocabulary and length choice in numbers: size, cut-off, max length, coverage, OOV rates per split. */
    public Table vocabulary() {
        var v = encoder.vocabulary();
        List<String> names = List.of("vocabulary size (with <pad>, <unk>)", "minCount", "maxLength (tokens)",
                "training texts untruncated", "training length mean / p95 / max", "OOV rate val", "OOV rate test");
        List<String> values = List.of(String.valueOf(v.size()), String.valueOf(v.minCount()),
                String.valueOf(encoder.maxLength()), String.format("%.4f", lengths.coverage(encoder.maxLength())),
                String.format("%.1f / %d / %d", lengths.mean(), lengths.percentile(95), lengths.max()),
                String.format("%.4f", v.oovRate(tokens(choice.corpus().val()))),
                String.format("%.4f", v.oovRate(tokens(choice.corpus().test()))));
        return Table.create("vocabulary", StringColumn.create("quantity", names), StringColumn.create("value", values));
    }

    /** The LSTM this study trains (smaller in smoke mode). */
    public TextLstm lstmModel() {
        TextLstm model = TextLstm.defaults(encoder.vocabulary().size(), K).withLearningRate(options.learningRate());
        model = options.smoke() ? model.withShape(32, 16, 1) : model;
        return options.classWeights() ? model.withBalancedClassWeights(labels(choice.corpus().train())) : model;
    }

    /** The Transformer this study trains (smaller in smoke mode). */
    public TextTransformer transformerModel() {
        TextTransformer model = TextTransformer.defaults(encoder.vocabulary().size(), K, encoder.maxLength())
                .withLearningRate(options.learningRate());
        model = options.smoke() ? model.withShape(32, 2, 64, 1) : model;
        return options.classWeights() ? model.withBalancedClassWeights(labels(choice.corpus().train())) : model;
    }

    /**
     * TF-IDF + logistic regression: vectoriser fitted on the training texts, penalty chosen on validation macro-F1.
     *
     * @param penalties receives the table of validation scores per penalty
     */
    public TextRun baseline(Consumer<Table> penalties) {
        long start = System.nanoTime();
        TfIdf tfidf = TfIdf.fit(texts(choice.corpus().train()), options.tfidf());
        var chosen = TfIdfLogistic.choose(tfidf.transformAll(texts(choice.corpus().train())),
                labels(choice.corpus().train()), tfidf.transformAll(texts(choice.corpus().val())),
                labels(choice.corpus().val()), K, options.lambdas());
        penalties.accept(chosen.table());
        double seconds = (System.nanoTime() - start) / 1e9;
        TfIdfLogistic model = chosen.model();
        TextClassifier classifier = texts -> model.probabilities(tfidf.transformAll(texts));
        return run("tfidf", "TF-IDF + LR", model.describe() + ", " + tfidf.dimension() + " features ("
                + options.tfidf() + ")", classifier, Optional.empty(), seconds);
    }

    /** Trains the LSTM on the training split, validation choosing its epoch. */
    public TrainResult<ComputationGraph> fitLstm(Consumer<EpochStats> progress) {
        TextLstm model = lstmModel();
        return Trainer.fit(model.build(options.seed()), examples(choice.corpus().train()),
                examples(choice.corpus().val()), config(options.lstmEpochs(), model.learningRate(), true), options.seed(), progress);
    }

    /** Trains, saves and reloads the LSTM; scores the reloaded one. */
    public TextRun lstm(Path modelDir, Consumer<EpochStats> progress) {
        long start = System.nanoTime();
        var result = fitLstm(progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path file = modelDir.resolve("text-lstm.zip");
        try {
            ModelFiles.save(result.net(), file);
            ComputationGraph saved = ModelFiles.loadGraph(file);
            return run("lstm", "BiLSTM", lstmModel().describe(), texts -> Trainer.predict(saved, unlabelled(texts)),
                    Optional.of(result.history()), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save or reload the LSTM at " + file, e);
        }
    }

    /** Trains the Transformer on the training split, validation choosing its epoch. */
    public TrainResult<MultiLayerNetwork> fitTransformer(Consumer<EpochStats> progress) {
        TextTransformer model = transformerModel();
        // oneDNN makes SameDiff attention about 4x slower on this machine (STACK-NOTES): helpers off
        return Trainer.fit(model.build(options.seed()), examples(choice.corpus().train()),
                examples(choice.corpus().val()), config(options.transformerEpochs(), model.learningRate(), false), options.seed(), progress);
    }

    /** Trains, saves and reloads the Transformer; scores the reloaded one. */
    public TextRun transformer(Path modelDir, Consumer<EpochStats> progress) {
        long start = System.nanoTime();
        var result = fitTransformer(progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        Path file = modelDir.resolve("text-transformer.zip");
        try {
            ModelFiles.save(result.net(), file);
            MultiLayerNetwork saved = ModelFiles.load(file);
            return run("transformer", "Transformer", transformerModel().describe(),
                    texts -> Trainer.predict(saved, unlabelled(texts)), Optional.of(result.history()), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save or reload the Transformer at " + file, e);
        }
    }

    /** Saves the encoder beside the networks, so {@code modelDir} holds everything prediction needs. */
    public Path saveEncoder(Path modelDir) {
        return encoder.save(modelDir.resolve("text-encoder.json"));
    }

    private TrainConfig config(int epochs, double learningRate, boolean nativeHelpers) {
        return new TrainConfig(epochs, options.batchSize(), learningRate, ReduceLrOnPlateau.off(),
                options.patience()).withNativeHelpers(nativeHelpers);
    }

    private TextRun run(String key, String label, String description, TextClassifier classifier,
                        Optional<History> history, double seconds) {
        List<TextExample> test = choice.corpus().test();
        int[] truth = labels(test);
        double[][] p = classifier.probabilities(texts(test));
        var bootstrap = new BootstrapOptions(options.bootstrap(), options.seed());
        Evaluation evaluation = Evaluation.of(truth, p, TextCorpusChoice.classes(), null, bootstrap);
        var f1 = Bootstrap.perClassF1(truth, evaluation.predicted(), null, K, bootstrap);
        return new TextRun(key, label, description, p, evaluation, f1, history, seconds, classifier);
    }

    private Examples examples(List<TextExample> split) {
        return Examples.tokens(encoder.encodeAll(texts(split)), labels(split), K, encoder.maxLength());
    }

    private Examples unlabelled(List<String> texts) {
        return Examples.tokens(encoder.encodeAll(texts), null, K, encoder.maxLength());
    }

    static List<String> texts(List<TextExample> split) {
        return split.stream().map(TextExample::text).toList();
    }

    static int[] labels(List<TextExample> split) {
        return split.stream().mapToInt(e -> e.label().ordinal()).toArray();
    }

    private static List<List<String>> tokens(List<TextExample> split) {
        return split.stream().map(e -> Tokenizer.words(e.text())).toList();
    }
}
