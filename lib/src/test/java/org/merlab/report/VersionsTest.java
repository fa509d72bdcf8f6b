package org.merlab.report;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionsTest {

    private static final String VERSION = "\\d+\\.\\d+\\.\\d+([.-][A-Za-z0-9.]+)?";

    @Test
    void everyLibraryOnTheTestClasspathHasAVersion() {
        Map<String, String> all = Versions.all();
        assertEquals(List.of("merlab", "deeplearning4j", "nd4j", "smile", "tablesaw", "xchart"),
                List.copyOf(all.keySet()));
        // smile-core has no pom.properties: its version comes from the jar manifest.
        all.forEach((name, version) -> assertTrue(version.matches(VERSION), name + " " + version));
        assertEquals(all.get("deeplearning4j"), all.get("nd4j"), "DL4J and ND4J are released together");
    }

    @Test
    void jdkIsTheRunningOne() {
        assertTrue(Versions.jdk().startsWith(Runtime.version() + " ("), Versions.jdk());
    }
}
