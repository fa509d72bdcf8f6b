package org.merlab.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.train.Backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvenanceTest {

    static Provenance sample() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MERLAB_SEED", "7");
        parameters.put("MERLAB_EPOCHS", "2");
        return new Provenance(7, parameters, "0123456789abcdef0123456789abcdef01234567", "25.0.1 (Vendor)",
                Map.of("smile", "6.2.5"), Map.of("kind", "cuda"), "emotify-dev", "sha256:ab",
                Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void jsonHasEveryFieldInOrder() throws Exception {
        JsonNode json = new ObjectMapper().readTree(sample().toJson());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("seed", "parameters", "gitCommit", "jdk", "libraries", "backend", "dataset",
                "datasetFingerprint", "created"), fields);
        assertEquals(7, json.get("seed").asLong());
        assertEquals("2", json.get("parameters").get("MERLAB_EPOCHS").asText());
        assertEquals("6.2.5", json.get("libraries").get("smile").asText());
        assertEquals("cuda", json.get("backend").get("kind").asText());
        assertEquals("emotify-dev", json.get("dataset").asText());
        assertEquals("2026-11-21T10:00:00Z", json.get("created").asText());
    }

    @Test
    void isImmutable() {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("MERLAB_SEED", "7"));
        Provenance p = new Provenance(7, parameters, "unknown", "jdk", Map.of(), Map.of(), "embedded", "sha256:00",
                Instant.EPOCH);
        parameters.put("MERLAB_SEED", "8");
        assertEquals("7", p.parameters().get("MERLAB_SEED"));
        assertThrows(UnsupportedOperationException.class, () -> p.parameters().put("x", "y"));
    }

    @Test
    void captureRecordsThisRun() {
        Instant before = Instant.now();
        Provenance p = Provenance.capture(3, Map.of("MERLAB_SEED", "3"), "embedded", "sha256:00");
        assertEquals(3, p.seed());
        assertEquals(Versions.all(), p.libraries());
        assertEquals(Versions.jdk(), p.jdk());
        assertEquals(Backend.current().asMap(), p.backend());
        assertTrue(!p.created().isBefore(before));
        assertEquals(GitCommit.of(Path.of("")).orElse(Provenance.UNKNOWN), p.gitCommit());
    }
}
