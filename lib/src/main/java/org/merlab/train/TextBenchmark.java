package org.merlab.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.merlab.data.TextEmotion;
import org.merlab.data.TextEmotionCorpus;
import org.merlab.data.TextExample;
import org.merlab.models.TextLstm;
import org.merlab.models.TextTransformer;
import org.merlab.text.TextEncoder;
import org.nd4j.linalg.factory.Nd4j;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Training speed of notebook 09's text networks, merlab against PyTorch in one run ({@link EpochBenchmark}): the
 * BiLSTM ({@link TextLstm#defaults}) and the Transformer ({@link TextTransformer#defaults}) with the notebook's
 * full-mode batch of 64, their vocabulary size and maximum length from the training split of {@code --texts}
 * (fitted as the study fits them: words seen twice, 99% of texts untruncated). An epoch is measured on a seeded
 * sample of {@code --rows} training texts with their token counts, random ids and random labels, and scaled to the
 * whole training split. The same lengths go to the PyTorch side ({@code environment/bench/text_torch.py}); rows are
 * grouped by model. Only the parameter updates are timed.
 */
@Command(name = "text-benchmark", mixinStandardHelpOptions = true,
        description = "Seconds per training epoch of the text BiLSTM and Transformer, merlab and PyTorch.")
public final class TextBenchmark implements Callable<Integer> {

    /** Notebook 09's vocabulary rule ({@code study.text.TextStudyOptions}): words seen at least twice. */
    static final int MIN_COUNT = 2;
    /** Notebook 09's maximum length: the shortest that leaves 99% of the training texts untruncated. */
    static final double COVERAGE = 0.99;

    @Mixin
    EpochBenchmark.Options common = new EpochBenchmark.Options("environment/bench/text_torch.py");

    @Mixin
    EpochBenchmark.Helpers helpers = new EpochBenchmark.Helpers();

    @Option(names = "--texts", description = "text emotion corpus (train.txt, val.txt, test.txt) whose training split"
            + " gives the vocabulary, maximum length and text lengths (default ${DEFAULT-VALUE})")
    Path texts = Path.of("../shared/datasets/text-emotion");

    @Option(names = "--rows", description = "training texts per timed epoch, scaled to the split's"
            + " (default ${DEFAULT-VALUE})")
    int rows = 2048;

    @Option(names = "--batch", description = "texts per update, notebook 09's (default ${DEFAULT-VALUE})")
    int batch = 64;

    private final EpochBenchmark bench = new EpochBenchmark();

    public static void main(String[] args) {
        System.exit(new CommandLine(new TextBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        long seed = common.seed;
        List<String> train = TextEmotionCorpus.load(texts).train().stream().map(TextExample::text).toList();
        TextEncoder encoder = TextEncoder.fit(train, MIN_COUNT, COVERAGE);
        int vocab = encoder.vocabulary().size();
        int classes = TextEmotion.values().length;
        var rng = new Random(seed);
        int[] lengths = rng.ints(Math.min(rows, train.size()), 0, train.size())
                .map(i -> encoder.encode(train.get(i)).length).toArray();
        int[][] ids = new int[lengths.length][];
        for (int i = 0; i < ids.length; i++) {
            // 0 pads and 1 is the out-of-vocabulary id; words take the rest
            ids[i] = rng.ints(lengths[i], 2, vocab).toArray();
        }
        int[] y = rng.ints(lengths.length, 0, classes).toArray();
        out.printf(Locale.ROOT, "text training benchmark: %d of the %d training texts of %s (mean %.1f tokens),"
                        + " random ids and labels; vocabulary %d, max length %d, %d classes, batch %d, seed %d; one"
                        + " warm-up epoch, then %d interleaved rounds of one epoch per side; CPU scaled to %d texts%n",
                lengths.length, train.size(), texts, IntStream.of(lengths).average().orElse(0), vocab,
                encoder.maxLength(), classes, batch, seed, common.repeats, train.size());
        out.println(EpochBenchmark.machine() + ", " + helpers);
        Nd4j.getEnvironment().allowHelpers(helpers.allowed);
        var examples = Examples.tokens(ids, y, classes, encoder.maxLength());
        var contenders = List.of(new EpochBenchmark.Contender("text-lstm",
                        TextLstm.defaults(vocab, classes).build(seed), examples, lengths.length, batch),
                new EpochBenchmark.Contender("text-transformer",
                        TextTransformer.defaults(vocab, classes, encoder.maxLength()).build(seed), examples,
                        lengths.length, batch));
        bench.race(out, common, List.of("--lengths", EpochBenchmark.commaList(lengths), "--vocab",
                String.valueOf(vocab), "--classes", String.valueOf(classes), "--max-length",
                String.valueOf(encoder.maxLength()), "--batch", String.valueOf(batch), "--seed",
                String.valueOf(seed)), contenders, helpers.allowed, (double) train.size() / lengths.length,
                "CPU/" + train.size());
        return 0;
    }
}
