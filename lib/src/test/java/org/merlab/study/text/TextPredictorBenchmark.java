package org.merlab.study.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.TextPredictor;
import org.merlab.bundle.TextRecipe;
import org.merlab.data.TextEmotionCorpus;
import org.merlab.data.TextExample;
import org.merlab.io.AtomicFiles;
import org.merlab.text.TfIdfOptions;
import org.merlab.testing.Shared;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prediction throughput of saved text bundles, texts per second: each architecture of {@link TextRecipe} (the study's
 * full-size BiLSTM and Transformer, not the smoke shapes) trained by {@link TextBundle#train} for one epoch on the
 * first {@code --train} texts of the real corpus's training split (prediction cost depends on the network's shape
 * and the texts' lengths, not on how well it learned; the vocabulary is that subset's), written as a zip and read
 * back, then {@link TextPredictor#probabilities} over the real test split: the whole split in one call (the
 * predictor runs it in batches of {@code Trainer.PREDICT_BATCH}, 256) and one text per call (as {@code merlab serve}
 * answers a request). Wall and process CPU time, median of {@code --repeats} passes after one untimed pass. A
 * benchmark, not a test; run with {@code make bench-text}.
 */
@Command(name = "text-predictor-benchmark", mixinStandardHelpOptions = true,
        description = "Texts per second of saved text bundles (BiLSTM, Transformer) on the real test split.")
public final class TextPredictorBenchmark implements Callable<Integer> {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Option(names = "--texts", description = "the dair-ai corpus (default: ../shared/datasets/text-emotion)")
    Path texts = Shared.root().resolve("datasets/text-emotion");

    @Option(names = "--train", description = "training texts for the one epoch (default ${DEFAULT-VALUE})")
    int train = 2000;

    @Option(names = "--single", description = "texts predicted one per call (default ${DEFAULT-VALUE})")
    int single = 200;

    @Option(names = "--repeats", description = "timed passes (default ${DEFAULT-VALUE})")
    int repeats = 3;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TextPredictorBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        TextEmotionCorpus all = TextEmotionCorpus.load(texts);
        var corpus = new TextEmotionCorpus(all.train().subList(0, Math.min(train, all.train().size())), all.val(),
                all.test());
        var choice = new TextCorpusChoice(TextCorpusChoice.REAL, false, "the first " + corpus.train().size()
                + " training texts of " + texts, corpus, "benchmark");
        List<String> test = corpus.test().stream().map(TextExample::text).toList();
        System.out.printf(Locale.ROOT, "text prediction throughput: bundles trained one epoch on %s, predicting its"
                        + " %d test texts; load average %.1f%n", choice.source(), test.size(),
                PROCESS.getSystemLoadAverage());
        var options = new TextStudyOptions(1, 2, 0.99, 1, 1, 1e-3, 64, 2, false, TfIdfOptions.DEFAULT, List.of(0.1),
                200, false);
        Path dir = Files.createTempDirectory("merlab-text-bench");
        try {
            for (String architecture : TextRecipe.ARCHITECTURES) {
                Path zip = TextBundle.train(choice, options, architecture, stats -> { })
                        .write(dir.resolve(architecture + ".zip"));
                var predictor = TextPredictor.of(ModelBundle.read(zip));
                var recipe = (TextRecipe) predictor.bundle().recipe();
                System.out.printf(Locale.ROOT, "%s: %s, vocabulary %d, max length %d, %,d parameters%n", architecture,
                        zip.getFileName(), recipe.encoder().vocabulary().size(), recipe.encoder().maxLength(),
                        predictor.bundle().network().numParams());
                List<String> few = test.subList(0, Math.min(single, test.size()));
                report("  whole split per call (batches of 256)", test.size(), repeats,
                        () -> predictor.probabilities(test));
                report("  one text per call", few.size(), repeats, () -> few.forEach(t -> predictor.probabilities(
                        List.of(t))));
            }
        } finally {
            AtomicFiles.deleteTree(dir);
        }
        System.out.printf(Locale.ROOT, "load average %.1f%n", PROCESS.getSystemLoadAverage());
        return 0;
    }

    /** Prints texts per second of {@code pass} (which predicts {@code count} texts) by wall and process CPU time. */
    private static void report(String what, int count, int repeats, Runnable pass) {
        pass.run();
        List<double[]> times = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            long c0 = PROCESS.getProcessCpuTime();
            pass.run();
            times.add(new double[] {(System.nanoTime() - t0) / 1e9, (PROCESS.getProcessCpuTime() - c0) / 1e9});
        }
        double wall = median(times, 0);
        double cpu = median(times, 1);
        System.out.printf(Locale.ROOT, "%s: %d texts, median wall %.3f s (%.0f texts/s), process CPU %.3f s"
                + " (%.0f texts per CPU second)%n", what, count, wall, count / wall, cpu, count / cpu);
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
