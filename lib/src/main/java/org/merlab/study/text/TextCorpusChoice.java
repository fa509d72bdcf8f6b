package org.merlab.study.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.merlab.data.SyntheticTextEmotion;
import org.merlab.data.TextEmotion;
import org.merlab.data.TextEmotionCorpus;
import org.merlab.data.TextExample;
import org.merlab.report.Fingerprint;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which text corpus the study runs on, in this order: the directory {@value #ENV} names (an explicit choice, so a
 * wrong one fails), else {@code data/raw/text-emotion/} of the checkout ({@code data/fetch-text-emotion} puts it
 * there), else the generated {@link SyntheticTextEmotion} stand-in, so the study runs offline. The stand-in's
 * dataset name, {@value #STAND_IN}, titles every figure and names its report folder, so its results cannot pass
 * for the corpus's. In smoke mode a real corpus is cut to its first {@value #SMOKE_TRAIN}/{@value #SMOKE_VAL}/
 * {@value #SMOKE_TEST} lines (the files are in random order).
 *
 * <p>Small on purpose: a general dataset chooser can replace {@link #choose} without touching the study.
 *
 * @param dataset     report folder and figure label: {@value #REAL} or {@value #STAND_IN}
 * @param standIn     whether this is the generated stand-in
 * @param source      where it came from, for the first line a notebook prints
 * @param corpus      the (possibly smoke-limited) splits
 * @param fingerprint of the split files, or of the generated text
 */
public record TextCorpusChoice(String dataset, boolean standIn, String source, TextEmotionCorpus corpus,
                               String fingerprint) {

    /** The environment variable naming a corpus directory. */
    public static final String ENV = "MERLAB_DATA_TEXT";
    public static final String REAL = TextEmotionCorpus.NAME;
    public static final String STAND_IN = "text-emotion-standin";
    public static final int SMOKE_TRAIN = 1000;
    public static final int SMOKE_VAL = 200;
    public static final int SMOKE_TEST = 400;
    private static final List<String> FILES = List.of("train.txt", "val.txt", "test.txt");

    /**
     * The corpus for these environment variables and checkout.
     *
     * @throws IllegalArgumentException if {@value #ENV} is set but not a directory
     * @throws org.merlab.data.DatasetException naming the file and line if a corpus file is malformed
     */
    public static TextCorpusChoice choose(Map<String, String> env, Path repoRoot, boolean smoke) {
        String explicit = env.get(ENV);
        if (explicit != null && !explicit.isBlank()) {
            Path dir = Path.of(explicit.strip()).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(ENV + " must be a directory holding train.txt, val.txt and "
                        + "test.txt, got '" + explicit + "'");
            }
            return real(dir, ENV + "=" + dir, smoke);
        }
        Path fetched = repoRoot.resolve("data").resolve("raw").resolve(REAL);
        if (FILES.stream().allMatch(f -> Files.isRegularFile(fetched.resolve(f)))) {
            return real(fetched, fetched + " (fetched by data/fetch-text-emotion)", smoke);
        }
        SyntheticTextEmotion generator = smoke ? SyntheticTextEmotion.SMOKE : SyntheticTextEmotion.DEFAULT;
        TextEmotionCorpus corpus = generator.generate();
        return new TextCorpusChoice(STAND_IN, true, "no corpus found (" + ENV + " unset, nothing in " + fetched
                + "): run data/fetch-text-emotion to download the dair-ai corpus, or set " + ENV
                + ". Running on a GENERATED STAND-IN of " + corpus.train().size() + "/" + corpus.val().size() + "/"
                + corpus.test().size() + " synthetic texts; its numbers say only that the pipeline runs.",
                corpus, Fingerprint.ofBytes(lines(corpus).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static TextCorpusChoice real(Path dir, String source, boolean smoke) {
        TextEmotionCorpus all = TextEmotionCorpus.load(dir);
        TextEmotionCorpus corpus = smoke ? new TextEmotionCorpus(head(all.train(), SMOKE_TRAIN),
                head(all.val(), SMOKE_VAL), head(all.test(), SMOKE_TEST)) : all;
        String limited = smoke ? " (smoke: first " + SMOKE_TRAIN + "/" + SMOKE_VAL + "/" + SMOKE_TEST + " lines)" : "";
        return new TextCorpusChoice(REAL, false, "dair-ai emotion corpus from " + source + limited, corpus,
                Fingerprint.ofFiles(dir, FILES.stream().map(Path::of).toList()));
    }

    private static List<TextExample> head(List<TextExample> split, int n) {
        return split.subList(0, Math.min(n, split.size()));
    }

    private static String lines(TextEmotionCorpus c) {
        return java.util.stream.Stream.of(c.train(), c.val(), c.test())
                .map(split -> split.stream().map(e -> e.text() + ";" + e.label().label()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }

    /** The first line a notebook prints: which corpus, from where. */
    public String describe() {
        return (standIn ? "TEXT CORPUS MISSING: " : "text corpus: ") + source;
    }

    /** The six class names in label-id order. */
    public static List<String> classes() {
        return Arrays.stream(TextEmotion.values()).map(TextEmotion::label).toList();
    }

    /** Texts per label and split: label, train, val, test. */
    public Table balance() {
        return Table.create("label balance", StringColumn.create("label", classes()),
                counts("train", corpus.train()), counts("val", corpus.val()), counts("test", corpus.test()));
    }

    private static IntColumn counts(String name, List<TextExample> split) {
        int[] counts = new int[TextEmotion.values().length];
        split.forEach(e -> counts[e.label().ordinal()]++);
        return IntColumn.create(name, counts);
    }
}
