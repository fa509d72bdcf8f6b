package org.merlab.study.text;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.merlab.data.TextEmotion;
import org.merlab.data.TextExample;
import org.merlab.eval.Bootstrap;
import org.merlab.eval.BootstrapOptions;
import org.merlab.eval.Evaluation;
import org.merlab.train.EpochStats;
import org.merlab.train.History;
import org.merlab.train.Metric;

/** Finished runs made without training: probabilities that favour the true class with a given hit rate. */
final class TextRuns {

    private TextRuns() {
    }

    /** Test texts "text i" with labels cycling through the six emotions. */
    static List<TextExample> test(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new TextExample(i + 1, "text " + i, TextEmotion.values()[i % 6])).toList();
    }

    /** A run right on about {@code hitRate} of {@code test}; with a two-epoch history when {@code network}. */
    static TextRun run(String key, List<TextExample> test, double hitRate, boolean network, long seed) {
        Random rng = new Random(seed);
        int[] truth = TextStudy.labels(test);
        double[][] p = new double[truth.length][6];
        for (int i = 0; i < truth.length; i++) {
            int top = rng.nextDouble() < hitRate ? truth[i] : (truth[i] + 1 + rng.nextInt(5)) % 6;
            java.util.Arrays.fill(p[i], 0.05);
            p[i][top] = 0.75;
        }
        var options = new BootstrapOptions(100, 1);
        var evaluation = Evaluation.of(truth, p, TextCorpusChoice.classes(), null, options);
        var history = new History(List.of(new EpochStats(1, 2, Metric.ACCURACY, 1.2, 0.5, 1.1, 0.55, 1e-3, 1, 1),
                new EpochStats(2, 2, Metric.ACCURACY, 0.9, 0.7, 1.0, 0.6, 1e-3, 1, 1)), 2, false);
        TextClassifier uniform = texts -> texts.stream().map(t -> {
            double[] row = new double[6];
            java.util.Arrays.fill(row, 0.05);
            row[t.length() % 6] = 0.75;
            return row;
        }).toArray(double[][]::new);
        return new TextRun(key, key.toUpperCase(java.util.Locale.ROOT), key + " model", p, evaluation,
                Bootstrap.perClassF1(truth, evaluation.predicted(), null, 6, options),
                network ? Optional.of(history) : Optional.empty(), 1.5, uniform);
    }
}
