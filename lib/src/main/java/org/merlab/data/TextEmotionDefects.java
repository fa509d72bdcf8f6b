package org.merlab.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The text corpus's own defects, found by exact text match across all three splits: texts of the test split that
 * also occur in the training split (a model may have memorised their label), and texts that occur more than once
 * with different labels (no model can get every copy right).
 *
 * @param duplicates every text occurring more than once, with where and how it is labelled, in order of first
 *                   occurrence (train, val, test)
 */
public record TextEmotionDefects(List<Duplicate> duplicates) {

    /** One place a text occurs: split name, 1-based line, label there. */
    public record Occurrence(String split, int line, TextEmotion label) {
        @Override
        public String toString() {
            return split + ":" + line + " " + label.label();
        }
    }

    /** A text occurring more than once. */
    public record Duplicate(String text, List<Occurrence> occurrences) {

        public Duplicate {
            occurrences = List.copyOf(occurrences);
        }

        /** Whether its copies carry different labels. */
        public boolean conflicting() {
            return occurrences.stream().map(Occurrence::label).distinct().count() > 1;
        }

        /** Whether it is in both the training and the test split. */
        public boolean testInTrain() {
            return occurrences.stream().anyMatch(o -> o.split().equals("train"))
                    && occurrences.stream().anyMatch(o -> o.split().equals("test"));
        }
    }

    public TextEmotionDefects {
        duplicates = List.copyOf(duplicates);
    }

    /** The defects of a corpus. */
    public static TextEmotionDefects of(TextEmotionCorpus corpus) {
        Map<String, List<Occurrence>> byText = new LinkedHashMap<>();
        add(byText, "train", corpus.train());
        add(byText, "val", corpus.val());
        add(byText, "test", corpus.test());
        List<Duplicate> duplicates = new ArrayList<>();
        byText.forEach((text, occurrences) -> {
            if (occurrences.size() > 1) {
                duplicates.add(new Duplicate(text, occurrences));
            }
        });
        return new TextEmotionDefects(duplicates);
    }

    private static void add(Map<String, List<Occurrence>> byText, String split, List<TextExample> examples) {
        for (TextExample e : examples) {
            byText.computeIfAbsent(e.text(), t -> new ArrayList<>()).add(new Occurrence(split, e.line(), e.label()));
        }
    }

    /** Lines of {@code test.txt} whose text also occurs in {@code train.txt}. */
    public Set<Integer> testLinesInTrain() {
        return duplicates.stream().filter(Duplicate::testInTrain)
                .flatMap(d -> d.occurrences().stream()).filter(o -> o.split().equals("test"))
                .map(Occurrence::line).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Counts: duplicated texts, with conflicting labels, in both train and test, test lines affected. */
    public Table summary() {
        return Table.create("corpus defects",
                StringColumn.create("defect", List.of("texts occurring more than once",
                        "... with conflicting labels", "... in both train and test", "test lines whose text is in train")),
                IntColumn.create("count", duplicates.size(),
                        (int) duplicates.stream().filter(Duplicate::conflicting).count(),
                        (int) duplicates.stream().filter(Duplicate::testInTrain).count(), testLinesInTrain().size()));
    }

    /** One row per duplicated text: text, occurrences ("train:12 joy; test:40 sadness"), conflicting, testInTrain. */
    public Table table() {
        return Table.create("duplicated texts",
                StringColumn.create("text", duplicates.stream().map(Duplicate::text)),
                StringColumn.create("occurrences", duplicates.stream().map(d -> d.occurrences().stream()
                        .map(Occurrence::toString).collect(Collectors.joining("; ")))),
                StringColumn.create("conflicting", duplicates.stream().map(d -> String.valueOf(d.conflicting()))),
                StringColumn.create("testInTrain", duplicates.stream().map(d -> String.valueOf(d.testInTrain()))));
    }
}
