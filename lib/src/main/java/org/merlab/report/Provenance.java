package org.merlab.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.merlab.train.Backend;

import com.fasterxml.jackson.core.JsonProcessingException;
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
