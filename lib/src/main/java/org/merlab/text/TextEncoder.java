package org.merlab.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Text to token ids as the sequence models read them, fitted on the training split: {@link Tokenizer} words, a
 * {@link Vocabulary} with a frequency cut-off, and a maximum length chosen from the training
 * {@link LengthProfile} (longer texts keep their first {@code maxLength} tokens). Saved beside a model and loaded
 * with it ({@link #save}, {@link #load}), so prediction maps words to exactly the ids the model was trained on.
 *
 * @param vocabulary the training vocabulary
 * @param coverage   the share of training texts the maximum length leaves untruncated, as asked for
 * @param maxLength  tokens kept per text
 */
public record TextEncoder(Vocabulary vocabulary, double coverage, int maxLength) {

    /** The saved file's {@code format} field. */
    public static final String FORMAT = "merlab-text-encoder";
    /** The layout version this code writes and reads. */
    public static final int VERSION = 1;
    /**
     * Names the {@link Normalizer} behaviour a saved vocabulary was built with; bump it when normalisation changes,
     * so an old vocabulary is refused instead of silently mapping words differently.
     */
    public static final String NORMALIZER = "nfkc-lower-apostrophe-1";

    public TextEncoder {
        if (maxLength < 1) {
            throw new TextException("maxLength must be at least 1, got " + maxLength);
        }
    }

    /**
     * Fits on the training texts: words seen at least {@code minCount} times, and the shortest maximum length that
     * leaves {@code coverage} of the texts untruncated.
     */
    public static TextEncoder fit(List<String> trainingTexts, int minCount, double coverage) {
        List<List<String>> tokens = trainingTexts.stream().map(Tokenizer::words).toList();
        return new TextEncoder(Vocabulary.build(tokens, minCount), coverage, LengthProfile.of(tokens).choose(coverage));
    }

    /**
     * The ids of {@code text}'s first {@link #maxLength} words.
     *
     * @throws TextException if the text has no word (empty, blank or punctuation only): a model has nothing to read
     */
    public int[] encode(String text) {
        List<String> words = Tokenizer.words(text);
        if (words.isEmpty()) {
            throw new TextException("cannot encode text without any letter or digit: '" + text + "'");
        }
        return vocabulary.encode(words.subList(0, Math.min(words.size(), maxLength)));
    }

    /** {@link #encode} of every text, in order. */
    public int[][] encodeAll(List<String> texts) {
        int[][] out = new int[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = encode(texts.get(i));
        }
        return out;
    }

    /** What the encoder makes of one text, token by token: position, token, id, known, kept (within maxLength). */
    public Table explain(String text) {
        List<String> words = Tokenizer.words(text);
        var position = IntColumn.create("position");
        var token = StringColumn.create("token");
        var id = IntColumn.create("id");
        var known = BooleanColumn.create("inVocabulary");
        var kept = BooleanColumn.create("kept");
        for (int i = 0; i < words.size(); i++) {
            position.append(i);
            token.append(words.get(i));
            id.append(vocabulary.id(words.get(i)));
            known.append(vocabulary.contains(words.get(i)));
            kept.append(i < maxLength);
        }
        return Table.create("tokens of '" + text + "'", position, token, id, known, kept);
    }

    /** Writes the encoder as versioned JSON, atomically; returns {@code file}. */
    public Path save(Path file) {
        return SavedFormat.write(file, toJson());
    }

    /** The JSON {@link #save} writes, as bytes (a model bundle stores them as one of its files). */
    public byte[] toBytes() {
        return SavedFormat.bytes(toJson());
    }

    private ObjectNode toJson() {
        ObjectNode root = SavedFormat.header(FORMAT, VERSION);
        root.put("normalizer", NORMALIZER);
        root.put("minCount", vocabulary.minCount());
        root.put("coverage", coverage);
        root.put("maxLength", maxLength);
        ArrayNode words = root.putArray("words");
        vocabulary.words().forEach(words::add);
        ArrayNode counts = root.putArray("counts");
        for (long c : vocabulary.counts()) {
            counts.add(c);
        }
        return root;
    }

    /**
     * Reads an encoder written by {@link #save}.
     *
     * @throws TextException naming the file if it is missing, malformed, of another version or normaliser
     */
    public static TextEncoder load(Path file) {
        return of(SavedFormat.read(file, FORMAT, VERSION), file);
    }

    /**
     * Reads an encoder from the bytes of {@link #toBytes}.
     *
     * @param file where the bytes come from, for messages
     * @throws TextException naming {@code file} if they are malformed, of another version or normaliser
     */
    public static TextEncoder fromBytes(byte[] json, Path file) {
        return of(SavedFormat.parse(json, file, FORMAT, VERSION), file);
    }

    private static TextEncoder of(JsonNode root, Path file) {
        SavedFormat.checkNormalizer(root, file, "vocabulary");
        List<String> words = new ArrayList<>();
        SavedFormat.field(root, "words", file).forEach(w -> words.add(w.asText()));
        JsonNode countNodes = SavedFormat.field(root, "counts", file);
        long[] counts = new long[countNodes.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = countNodes.get(i).asLong();
        }
        try {
            return new TextEncoder(Vocabulary.of(words, counts, SavedFormat.field(root, "minCount", file).asInt()),
                    SavedFormat.field(root, "coverage", file).asDouble(),
                    SavedFormat.field(root, "maxLength", file).asInt());
        } catch (TextException e) {
            throw new TextException(file + ": " + e.getMessage(), e);
        }
    }
}
