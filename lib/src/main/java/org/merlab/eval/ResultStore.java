package org.merlab.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.merlab.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finished cross-validation units on disk, one small JSON file each, so a stopped run picks up where it ended and a
 * notebook reads results instead of refitting. A unit's file is
 * {@code DIR/<study>/<model>/n<N>-<protocol>-seed<seed>-fold<fold>-<hash>.json}, where the hash (16 hex digits of
 * SHA-256) covers the git commit, the data fingerprint and the whole {@link UnitKey}, parameters included: a change
 * to any of them names another file, so stale results are never read (old files stay until the directory is
 * deleted; it is a cache, e.g. under the git-ignored {@code data/processed/}).
 *
 * <p>Files are written atomically ({@link AtomicFiles}), so a run killed mid-write leaves no partial entry. A file
 * that cannot be read as an entry, or holds another unit's key, is therefore not an accident of this code: reading
 * it throws a {@link StoreException} naming the file (delete it to recompute), rather than silently refitting over
 * something else that writes there.
 *
 * <p>The commit does not say whether the working tree had uncommitted changes; runs from a dirty tree share the
 * commit's entries.
 */
public final class ResultStore {

    static final String FORMAT = "merlab-cv-fold/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();
    private static final int HASH_HEX_DIGITS = 16;

    private final Path directory;
    private final String gitCommit;
    private final String dataFingerprint;

    private ResultStore(Path directory, String gitCommit, String dataFingerprint) {
        this.directory = directory;
        this.gitCommit = gitCommit;
        this.dataFingerprint = dataFingerprint;
    }

    /**
     * A store under {@code directory} (created on first write) for results of the code at {@code gitCommit} on
     * the data with {@code dataFingerprint}.
     *
     * @param gitCommit       e.g. {@code report.GitCommit.of(root)}
     * @param dataFingerprint e.g. {@code report.Fingerprint.ofTree(dataRoot)}
     */
    public static ResultStore open(Path directory, String gitCommit, String dataFingerprint) {
        for (String[] field : new String[][] {{"git commit", gitCommit}, {"data fingerprint", dataFingerprint}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new EvalException("a result store needs a " + field[0] + ", got '" + field[1] + "'");
            }
        }
        return new ResultStore(directory, gitCommit, dataFingerprint);
    }

    public Path directory() {
        return directory;
    }

    /** The file that holds (or will hold) {@code key}'s result. */
    public Path path(UnitKey key) {
        String hash = Sha256.hex(keyNode(key).toString()).substring(0, HASH_HEX_DIGITS);
        return directory.resolve(key.study()).resolve(key.model()).resolve(String.format("n%d-%s-seed%d-fold%d-%s.json",
                key.segments(), key.protocol(), key.seed(), key.fold(), hash));
    }

    /**
     * The stored result of {@code key}, or empty if it was never stored.
     *
     * @throws StoreException naming the file if it exists but is not a readable entry of this key
     */
    public Optional<FoldResult> read(UnitKey key) {
        Path file = path(key);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new Corrupt("it is not a " + FORMAT + " entry");
            }
            // compared as text: JSON nodes of one number differ by Java type (a long seed reads back as an int)
            if (root.get("key") == null || !keyNode(key).toString().equals(root.get("key").toString())) {
                throw new StoreException(file + " holds the result of another unit (" + root.get("key")
                        + "); delete it to recompute " + key);
            }
            return Optional.of(result(root));
        } catch (IOException | Corrupt | IllegalArgumentException e) {
            throw new StoreException("cannot read the stored result " + file + ": " + e.getMessage()
                    + "; delete the file to recompute it", e);
        }
    }

    /** Stores {@code result} as {@code key}'s, atomically; returns the file. */
    public Path write(UnitKey key, FoldResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.set("key", keyNode(key));
        root.put("testRows", result.testRows());
        root.put("fitSeconds", result.fitSeconds());
        root.put("fold", result.fold());
        ArrayNode truth = root.putArray("truth");
        for (int label : result.truth()) {
            truth.add(label);
        }
        ArrayNode tracks = root.putArray("tracks");
        for (String track : result.tracks()) {
            tracks.add(track);
        }
        ArrayNode probabilities = root.putArray("probabilities");
        for (double[] row : result.probabilities()) {
            numbers(probabilities.addArray(), row);
        }
        ObjectNode history = root.putObject("history");
        result.history().forEach((name, values) -> numbers(history.putArray(name), values));
        try {
            return AtomicFiles.writeString(path(key), PRETTY.writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private ObjectNode keyNode(UnitKey key) {
        ObjectNode node = JSON.createObjectNode();
        node.put("gitCommit", gitCommit);
        node.put("dataFingerprint", dataFingerprint);
        node.put("study", key.study());
        node.put("segments", key.segments());
        node.put("protocol", key.protocol());
        node.put("fold", key.fold());
        node.put("seed", key.seed());
        node.put("model", key.model());
        ObjectNode parameters = node.putObject("parameters");
        key.parameters().forEach(parameters::put);
        return node;
    }

    private static FoldResult result(JsonNode root) {
        JsonNode truthNode = array(root, "truth");
        int[] truth = new int[truthNode.size()];
        String[] tracks = new String[truthNode.size()];
        JsonNode tracksNode = array(root, "tracks");
        JsonNode probabilitiesNode = array(root, "probabilities");
        if (tracksNode.size() != truth.length || probabilitiesNode.size() != truth.length) {
            throw new Corrupt("truth, tracks and probabilities differ in length");
        }
        double[][] probabilities = new double[truth.length][];
        for (int i = 0; i < truth.length; i++) {
            if (!truthNode.get(i).canConvertToInt() || !tracksNode.get(i).isTextual()) {
                throw new Corrupt("row " + i + " has no integer label or no track");
            }
            truth[i] = truthNode.get(i).intValue();
            tracks[i] = tracksNode.get(i).textValue();
            probabilities[i] = doubles(probabilitiesNode.get(i), "probabilities row " + i);
        }
        Map<String, double[]> history = new LinkedHashMap<>();
        JsonNode historyNode = root.get("history");
        if (historyNode == null || !historyNode.isObject()) {
            throw new Corrupt("no history object");
        }
        historyNode.properties().forEach(e -> history.put(e.getKey(), doubles(e.getValue(), "history " + e.getKey())));
        return new FoldResult(integer(root, "fold"), text(root, "testRows"), truth, tracks, probabilities, history,
                number(root, "fitSeconds"));
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double v : values) {
            array.add(v);
        }
    }

    /** Numbers, with non-finite values as Jackson writes them ({@code "NaN"}, {@code "Infinity"}). */
    private static double[] doubles(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new Corrupt(what + " is not an array");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(i);
            if (v.isNumber()) {
                values[i] = v.doubleValue();
            } else if (v.isTextual() && !Double.isFinite(Double.parseDouble(v.textValue()))) {
                values[i] = Double.parseDouble(v.textValue());
            } else {
                throw new Corrupt(what + " entry " + i + " is " + v + ", not a number");
            }
        }
        return values;
    }

    private static JsonNode array(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isArray()) {
            throw new Corrupt("no '" + name + "' array");
        }
        return node;
    }

    private static int integer(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.canConvertToInt()) {
            throw new Corrupt("no integer '" + name + "'");
        }
        return node.intValue();
    }

    private static double number(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isNumber()) {
            throw new Corrupt("no number '" + name + "'");
        }
        return node.doubleValue();
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual()) {
            throw new Corrupt("no text '" + name + "'");
        }
        return node.textValue();
    }

    /** A file that parses as JSON but is not an entry; turned into a {@link StoreException} naming the file. */
    private static final class Corrupt extends RuntimeException {
        Corrupt(String message) {
            super(message);
        }
    }

    @Override
    public String toString() {
        return "ResultStore[" + directory + ", commit " + gitCommit + ", data " + dataFingerprint + "]";
    }
}
