package org.merlab.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.report.Fingerprint;
import org.merlab.report.Provenance;
import org.merlab.train.ModelFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A trained model a user can run on their own music: the network and everything needed to turn raw input into its
 * input and its output into labels, with its model card and provenance. Stored as a directory, or as a zip of the
 * same files (chosen by the target's {@code .zip} suffix), written atomically:
 * <pre>
 *   bundle.json      format and version, kind, labels, the kind's recipe (for {@link SegmentRecipe}: feature recipe
 *                    and signature, sample rate, segment length and hop in seconds, scaler statistics), the network
 *                    file's SHA-256, the model card
 *   network.zip      the DL4J network, a MultiLayerNetwork or a ComputationGraph ({@link ModelFiles#toBytes}, no
 *                    updater state)
 *   MODEL_CARD.md    the model card for people
 *   provenance.json  {@link Provenance} of the training run
 *   ...              the files of the recipe ({@link Recipe#files}: a text model's vocabulary)
 * </pre>
 * Reading checks the format version, the kind and its recipe against what this code can compute, the network file's
 * checksum and that the network has one output per label; each failure is a {@link BundleException} naming the
 * bundle.
 *
 * @param recipe     how raw input becomes the network's input; its kind names the predictor
 * @param labels     the network's outputs, in order
 * @param card       the model card
 * @param provenance what produced the network
 * @param network    the trained network, in inference use only: a {@link MultiLayerNetwork} or a
 *                   {@link ComputationGraph} with one output
 */
public record ModelBundle(Recipe recipe, List<String> labels, ModelCard card, Provenance provenance,
                          Model network) {

    public static final String FORMAT = "merlab-model-bundle";
    /** The format this code writes and the only one it reads; bump it when a file or field changes meaning. */
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "bundle.json";
    public static final String NETWORK = "network.zip";
    public static final String CARD = "MODEL_CARD.md";
    public static final String PROVENANCE = "provenance.json";

    public ModelBundle {
        labels = List.copyOf(labels);
        if (labels.isEmpty() || new HashSet<>(labels).size() != labels.size()) {
            throw new BundleException("labels must be a non-empty list of distinct names, got " + labels);
        }
        long outputs = switch (network) {
            case MultiLayerNetwork net -> net.layerSize(net.getnLayers() - 1);
            case ComputationGraph graph when graph.getNumOutputArrays() == 1 ->
                    graph.layerSize(graph.getConfiguration().getNetworkOutputs().getFirst());
            default -> throw new BundleException("a bundle's network is a MultiLayerNetwork or a ComputationGraph"
                    + " with one output, got " + network.getClass().getSimpleName());
        };
        if (outputs != labels.size()) {
            throw new BundleException("the network has " + outputs + " outputs but there are " + labels.size()
                    + " labels " + labels);
        }
    }

    /**
     * Writes the bundle to {@code target}: a zip file if its name ends in {@code .zip}, else a directory (replacing
     * an earlier bundle there, never another directory).
     *
     * @return {@code target}
     * @throws BundleException if {@code target} is a directory that holds something other than a bundle
     */
    public Path write(Path target) {
        if (Files.isDirectory(target) && !Files.isRegularFile(target.resolve(MANIFEST)) && !isEmpty(target)) {
            throw new BundleException(target + " is a directory that holds no model bundle; not replacing it");
        }
        byte[] net = network instanceof ComputationGraph graph ? ModelFiles.toBytes(graph)
                : ModelFiles.toBytes((MultiLayerNetwork) network);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MANIFEST, manifest(Fingerprint.ofBytes(net)).getBytes(StandardCharsets.UTF_8));
        files.put(NETWORK, net);
        files.put(CARD, cardMarkdown().getBytes(StandardCharsets.UTF_8));
        files.put(PROVENANCE, provenance.toJson().getBytes(StandardCharsets.UTF_8));
        files.putAll(recipe.files());
        BundleArchive.write(target, files);
        return target;
    }

    /**
     * Reads the bundle at {@code source} (directory or zip).
     *
     * @throws BundleException naming {@code source} and what is wrong with it
     */
    public static ModelBundle read(Path source) {
        Map<String, byte[]> files = BundleArchive.read(source, List.of(MANIFEST, NETWORK, CARD, PROVENANCE,
                TextRecipe.ENCODER));
        byte[] manifestBytes = files.get(MANIFEST);
        if (manifestBytes == null) {
            throw new BundleException(source + " is not a model bundle: it has no " + MANIFEST);
        }
        JsonNode manifest;
        try {
            manifest = Json.MAPPER.readTree(new String(manifestBytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BundleException(source + ": " + MANIFEST + " is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        try {
            return parse(manifest, files, source.toString());
        } catch (BundleException e) {
            throw e.getMessage().startsWith(source.toString()) ? e
                    : new BundleException(source + ": " + e.getMessage(), e);
        }
    }

    private static ModelBundle parse(JsonNode manifest, Map<String, byte[]> files, String source) {
        if (!manifest.isObject() || !FORMAT.equals(manifest.path("format").asText())) {
            throw new BundleException(MANIFEST + " does not say format '" + FORMAT + "'");
        }
        int version = Json.integer(manifest, "formatVersion");
        if (version != FORMAT_VERSION) {
            throw new BundleException("bundle format version " + version + " is not supported; this merlab reads"
                    + " version " + FORMAT_VERSION);
        }
        Recipe recipe = Recipe.fromJson(Json.text(manifest, "kind"), Json.field(manifest, "recipe"), files, source);
        List<String> labels = Json.strings(manifest, "labels");
        JsonNode network = Json.field(manifest, "network");
        String file = Json.text(network, "file");
        byte[] bytes = checked(files, "network", file, Json.text(network, "sha256"));
        String type = Json.text(network, "type");
        Model net;
        try {
            net = switch (type) {
                case "MultiLayerNetwork" -> ModelFiles.fromBytes(bytes, file);
                case "ComputationGraph" -> ModelFiles.graphFromBytes(bytes, file);
                default -> throw new BundleException("the network type '" + type + "' is unknown; this merlab reads"
                        + " MultiLayerNetwork and ComputationGraph");
            };
        } catch (IOException e) {
            throw new BundleException(e.getMessage(), e);
        }
        byte[] provenance = files.get(PROVENANCE);
        if (provenance == null) {
            throw new BundleException(PROVENANCE + " is missing");
        }
        Provenance p;
        try {
            p = Provenance.fromJson(new String(provenance, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BundleException(PROVENANCE + ": " + e.getMessage(), e);
        }
        return new ModelBundle(recipe, labels, ModelCard.fromJson(Json.field(manifest, "card")), p, net);
    }

    /**
     * The bundle file {@code name}, checked against the SHA-256 the manifest gives it.
     *
     * @param what what the file holds, for messages ("network", "text encoder")
     * @throws BundleException if the file is missing or its checksum differs
     */
    static byte[] checked(Map<String, byte[]> files, String what, String name, String sha256) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new BundleException("the " + what + " file " + name + " is missing");
        }
        String actual = Fingerprint.ofBytes(bytes);
        if (!actual.equals(sha256)) {
            throw new BundleException("the " + what + " file " + name + " is corrupt: its SHA-256 is " + actual
                    + ", the manifest says " + sha256);
        }
        return bytes;
    }

    /** The kind: {@link Recipe#kind()}. */
    public String kind() {
        return recipe.kind();
    }

    /** The recipe in one line, as the model card shows it. */
    public String describeRecipe() {
        return recipe.describe();
    }

    /**
     * This bundle with a private copy of the network: DL4J networks must not run {@code output} on two threads at
     * once, so each thread that predicts gets its own.
     */
    public ModelBundle copy() {
        Model net = switch (network) {
            case MultiLayerNetwork m -> m.clone();
            case ComputationGraph g -> g.clone();
            default -> throw new IllegalStateException("checked by the constructor: " + network.getClass());
        };
        return new ModelBundle(recipe, labels, card, provenance, net);
    }

    private String manifest(String networkSha256) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("kind", recipe.kind());
        labels.forEach(root.putArray("labels")::add);
        root.set("recipe", recipe.toJson());
        ObjectNode net = root.putObject("network");
        net.put("file", NETWORK);
        net.put("type", network instanceof ComputationGraph ? "ComputationGraph" : "MultiLayerNetwork");
        net.put("parameters", network.numParams());
        net.put("sha256", networkSha256);
        root.set("card", card.toJson());
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /** The model card as the bundle's {@value #CARD} holds it: card, labels, recipe and a provenance line. */
    public String cardMarkdown() {
        List<String> units = switch (recipe) {
            case SegmentRecipe r -> List.of("tracks", "segments");
            case TextRecipe r -> List.of("training texts", "training texts");
            case VaRecipe r -> List.of("pieces", "training steps");
        };
        return card.toMarkdown(labels, describeRecipe(), provenanceSummary(), units);
    }

    private String provenanceSummary() {
        return "Trained at git commit `" + provenance.gitCommit() + "` on " + provenance.created() + " with JDK "
                + provenance.jdk() + ", seed " + provenance.seed() + "; backend " + provenance.backend()
                + ". Full record: `" + PROVENANCE + "`.";
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new BundleException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
