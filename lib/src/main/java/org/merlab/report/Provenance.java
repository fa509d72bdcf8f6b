package org.merlab.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.merlab.train.Backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What produced a result, written beside every exported figure and table so a reviewer can tell (Tribuo's
 * provenance idea): the seed, the notebook parameters, the git commit of the code ({@value #UNKNOWN} outside a
 * repository), the JDK, merlab's and the libraries' versions, the ND4J backend and device it computed on
 * ({@link Backend#asMap()}: cpu or cuda, ND4J's backend class, the processor or GPU, oneDNN/cuDNN helpers), the
 * dataset's name and {@link Fingerprint}, and when it was made. Immutable; maps keep the order they were given in.
 */
public record Provenance(long seed, Map<String, String> parameters, String gitCommit, String jdk,
                         Map<String, String> libraries, Map<String, String> backend, String dataset,
                         String datasetFingerprint, Instant created) {

    /** The git commit when the working directory is not inside a repository. */
    public static final String UNKNOWN = "unknown";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Provenance {
        Objects.requireNonNull(gitCommit, "gitCommit");
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(datasetFingerprint, "datasetFingerprint");
        Objects.requireNonNull(created, "created");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        libraries = Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
        backend = Collections.unmodifiableMap(new LinkedHashMap<>(backend));
    }

    /**
     * The provenance of a result made now, by this JVM, from the code checked out around the working directory.
     * Starts ND4J if it has not started, to name its backend.
     *
     * @param datasetFingerprint from {@link Fingerprint}
     */
    public static Provenance capture(long seed, Map<String, String> parameters, String dataset,
                                     String datasetFingerprint) {
        return new Provenance(seed, parameters, GitCommit.of(Path.of("")).orElse(UNKNOWN), Versions.jdk(),
                Versions.all(), Backend.current().asMap(), dataset, datasetFingerprint, Instant.now());
    }

    /** This provenance with {@code extra} added to its parameters (replacing any of the same name). */
    public Provenance withParameters(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(parameters);
        merged.putAll(extra);
        return new Provenance(seed, merged, gitCommit, jdk, libraries, backend, dataset, datasetFingerprint, created);
    }

    /**
     * Reads what {@link #toJson} wrote (e.g. the provenance kept in a model bundle).
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static Provenance fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("provenance is not JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return new Provenance(required(root, "seed").asLong(), strings(root, "parameters"),
                    required(root, "gitCommit").asText(), required(root, "jdk").asText(), strings(root, "libraries"),
                    strings(root, "backend"), required(root, "dataset").asText(),
                    required(root, "datasetFingerprint").asText(), Instant.parse(required(root, "created").asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("provenance field created is not an ISO-8601 instant: "
                    + e.getParsedString(), e);
        }
    }

    private static JsonNode required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("provenance has no field " + field);
        }
        return node;
    }

    private static Map<String, String> strings(JsonNode root, String field) {
        Map<String, String> map = new LinkedHashMap<>();
        required(root, field).properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    /** Pretty-printed JSON with the fields in declaration order; {@code created} as ISO-8601 UTC. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("seed", seed);
        root.set("parameters", JSON.valueToTree(parameters));
        root.put("gitCommit", gitCommit);
        root.put("jdk", jdk);
        root.set("libraries", JSON.valueToTree(libraries));
        root.set("backend", JSON.valueToTree(backend));
        root.put("dataset", dataset);
        root.put("datasetFingerprint", datasetFingerprint);
        root.put("created", created.toString());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
