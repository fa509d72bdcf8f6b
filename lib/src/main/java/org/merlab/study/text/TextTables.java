package org.merlab.study.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.merlab.data.TextEmotion;
import org.merlab.data.TextExample;
import org.merlab.eval.ClassMetrics;
import org.merlab.eval.Evaluation;
import org.merlab.eval.Interval;
import org.merlab.eval.McNemar;
import org.merlab.eval.Metric;
import org.merlab.eval.Probabilities;
import org.merlab.eval.Tables;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The study's tables, built from finished {@link TextRun}s; nothing here trains or scores. */
public final class TextTables {

    /** The five example snippets of the slides' last table, with the label the slides give them. */
    public static final List<String[]> SLIDE_SNIPPETS = List.of(
            new String[] {"i told you that i loved you", "joy"},
            new String[] {"merry christmas have a very", "joy"},
            new String[] {"this ending is all but an", "anger"},
            new String[] {"i catch a vibe when i am", "joy"},
            new String[] {"so many memories and so", "joy"});
    private static final int SNIPPET = 60;

    private TextTables() {
    }

    /**
     * One row per model: accuracy, balanced accuracy, macro precision and recall, macro- and weighted-F1 and MCC on
     * the test split, each interval metric with its 95% bootstrap bounds, and the training seconds.
     */
    public static Table metrics(List<TextRun> runs) {
        Table t = Table.create("test metrics", StringColumn.create("model", runs.stream().map(TextRun::label)));
        for (Metric m : List.of(Metric.ACCURACY, Metric.BALANCED_ACCURACY, Metric.MACRO_F1, Metric.WEIGHTED_F1,
                Metric.MCC)) {
            t.addColumns(doubles(m.column(), runs, r -> m.of(r.evaluation().confusion())),
                    doubles(m.column() + "Low", runs, r -> bound(r.evaluation(), m, true)),
                    doubles(m.column() + "High", runs, r -> bound(r.evaluation(), m, false)));
            if (m == Metric.BALANCED_ACCURACY) {
                t.addColumns(doubles("macroPrecision", runs, r -> mean(r, ClassMetrics::precision)),
                        doubles("macroRecall", runs, r -> mean(r, ClassMetrics::recall)));
            }
        }
        t.addColumns(doubles("fitSeconds", runs, TextRun::fitSeconds));
        return Tables.fourDecimals(t);
    }

    /** One row per model and class: precision, recall, F1 with its 95% interval, support, ROC AUC, AP. */
    public static Table perClass(List<TextRun> runs) {
        var model = StringColumn.create("model");
        var cls = StringColumn.create("class");
        var precision = DoubleColumn.create("precision");
        var recall = DoubleColumn.create("recall");
        var f1 = DoubleColumn.create("f1");
        var f1Low = DoubleColumn.create("f1Low");
        var f1High = DoubleColumn.create("f1High");
        var support = IntColumn.create("support");
        var auc = DoubleColumn.create("rocAuc");
        var ap = DoubleColumn.create("averagePrecision");
        for (TextRun r : runs) {
            List<ClassMetrics> rows = r.evaluation().perClass();
            for (int c = 0; c < rows.size(); c++) {
                ClassMetrics m = rows.get(c);
                model.append(r.label());
                cls.append(m.name());
                precision.append(m.precision());
                recall.append(m.recall());
                f1.append(m.f1());
                f1Low.append(r.f1Intervals().isEmpty() ? Double.NaN : r.f1Intervals().get(c).low());
                f1High.append(r.f1Intervals().isEmpty() ? Double.NaN : r.f1Intervals().get(c).high());
                support.append(m.support());
                auc.append(m.rocAuc());
                ap.append(m.averagePrecision());
            }
        }
        return Tables.fourDecimals(Table.create("per-class test metrics", model, cls, precision, recall, f1, f1Low,
                f1High, support, auc, ap));
    }

    /**
     * McNemar's test on the test texts (independent items) for each pair: each network against the first run (the
     * baseline), then the networks against each other.
     */
    public static Table mcnemar(List<TextRun> runs) {
        var a = StringColumn.create("modelA");
        var b = StringColumn.create("modelB");
        var onlyA = IntColumn.create("onlyARight");
        var onlyB = IntColumn.create("onlyBRight");
        var accuracyA = DoubleColumn.create("accuracyA");
        var accuracyB = DoubleColumn.create("accuracyB");
        var p = DoubleColumn.create("pValue");
        var exact = BooleanColumn.create("exact");
        for (int i = 1; i < runs.size(); i++) {
            for (int j = 0; j < i; j++) {
                TextRun x = runs.get(i);
                TextRun y = runs.get(j);
                McNemar test = McNemar.of(right(x), right(y));
                a.append(x.label());
                b.append(y.label());
                onlyA.append(test.onlyA());
                onlyB.append(test.onlyB());
                accuracyA.append(x.evaluation().accuracy());
                accuracyB.append(y.evaluation().accuracy());
                p.append(test.pValue());
                exact.append(test.exact());
            }
        }
        return Tables.fourDecimals(Table.create("McNemar tests on the test split", a, b, onlyA, onlyB, accuracyA,
                accuracyB, p, exact));
    }

    /**
     * Every test text's prediction, so another tool can re-score it: line (in {@code test.txt}), true, predicted and
     * the six probabilities ({@code p_sadness} ... {@code p_surprise}).
     */
    public static Table predictions(TextRun run, List<TextExample> test) {
        Table t = Table.create("test predictions " + run.key(),
                IntColumn.create("line", test.stream().mapToInt(TextExample::line).toArray()),
                StringColumn.create("true", test.stream().map(e -> e.label().label())),
                StringColumn.create("predicted", IntStream.of(run.evaluation().predicted()).mapToObj(TextTables::name)));
        for (int c = 0; c < TextEmotion.values().length; c++) {
            int k = c;
            t.addColumns(DoubleColumn.create("p_" + name(c),
                    java.util.Arrays.stream(run.probabilities()).mapToDouble(row -> row[k]).toArray()));
        }
        return t;
    }

    /**
     * The examples table of the slides for each network: the slides' five snippets (not in the corpus, so predicted
     * as out-of-domain text), the {@code errors} most confident test errors of the first network, and the first
     * test text of each class. Columns: kind, snippet, true, then predicted and probability per network.
     */
    public static Table examples(List<TextRun> networks, List<TextExample> test, int errors) {
        List<String> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (String[] s : SLIDE_SNIPPETS) {
            kinds.add("slide snippet (out of domain)");
            texts.add(s[0]);
            truth.add(s[1] + " (slides)");
        }
        TextRun first = networks.getFirst();
        int[] predicted = first.evaluation().predicted();
        IntStream.range(0, test.size()).filter(i -> predicted[i] != test.get(i).label().ordinal()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -first.probabilities()[i][predicted[i]]))
                .limit(errors).forEach(i -> {
                    kinds.add("confident " + first.label() + " error, test line " + test.get(i).line());
                    texts.add(test.get(i).text());
                    truth.add(test.get(i).label().label());
                });
        for (TextEmotion e : TextEmotion.values()) {
            test.stream().filter(x -> x.label() == e).findFirst().ifPresent(x -> {
                kinds.add("sample of " + e.label() + ", test line " + x.line());
                texts.add(x.text());
                truth.add(e.label());
            });
        }
        Table t = Table.create("example predictions", StringColumn.create("kind", kinds),
                StringColumn.create("snippet", texts.stream().map(TextTables::snippet)),
                StringColumn.create("true", truth));
        for (TextRun r : networks) {
            double[][] p = r.classifier().probabilities(texts);
            int[] best = Probabilities.argmax(p);
            t.addColumns(StringColumn.create(r.key() + "Predicted", IntStream.of(best).mapToObj(TextTables::name)),
                    DoubleColumn.create(r.key() + "Probability",
                            IntStream.range(0, p.length).mapToDouble(i -> p[i][best[i]]).toArray()));
        }
        return Tables.fourDecimals(t);
    }

    /**
     * Whether the corpus's overlap moves the numbers: accuracy and macro-F1 on the whole test split and on the test
     * texts that do not also occur in the training split ({@code overlap} holds the test lines that do).
     */
    public static Table withoutOverlap(List<TextRun> runs, List<TextExample> test, java.util.Set<Integer> overlap) {
        int[] keep = IntStream.range(0, test.size()).filter(i -> !overlap.contains(test.get(i).line())).toArray();
        var clean = runs.stream().map(r -> {
            int[] truth = r.evaluation().truth();
            int[] predicted = r.evaluation().predicted();
            return org.merlab.eval.ConfusionMatrix.of(IntStream.of(keep).map(i -> truth[i]).toArray(),
                    IntStream.of(keep).map(i -> predicted[i]).toArray(), TextEmotion.values().length);
        }).toList();
        return Tables.fourDecimals(Table.create("test metrics without train overlap",
                StringColumn.create("model", runs.stream().map(TextRun::label)),
                doubles("accuracy", runs, r -> r.evaluation().accuracy()),
                doubles("macroF1", runs, r -> r.evaluation().macroF1()),
                IntColumn.create("cleanRows", runs.stream().mapToInt(r -> keep.length).toArray()),
                DoubleColumn.create("cleanAccuracy", clean.stream().mapToDouble(c -> c.accuracy()).toArray()),
                DoubleColumn.create("cleanMacroF1", clean.stream().mapToDouble(c -> c.macroF1()).toArray())));
    }

    static boolean[] right(TextRun r) {
        int[] truth = r.evaluation().truth();
        int[] predicted = r.evaluation().predicted();
        boolean[] right = new boolean[truth.length];
        for (int i = 0; i < truth.length; i++) {
            right[i] = truth[i] == predicted[i];
        }
        return right;
    }

    private static double bound(Evaluation e, Metric m, boolean low) {
        Interval ci = e.confidence().get(m);
        return ci == null ? Double.NaN : low ? ci.low() : ci.high();
    }

    private static double mean(TextRun r, java.util.function.ToDoubleFunction<ClassMetrics> f) {
        return r.evaluation().perClass().stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static DoubleColumn doubles(String name, List<TextRun> runs, Function<TextRun, Double> value) {
        return DoubleColumn.create(name, runs.stream().mapToDouble(value::apply).toArray());
    }

    private static String name(int c) {
        return TextEmotion.values()[c].label();
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
    }
}
