package org.merlab.train;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackendTest {

    @Test
    void theTestClassPathTrainsOnTheCpuWithOneDnn() {
        Backend backend = Backend.current();
        assertEquals("cpu", backend.kind());
        assertEquals("org.nd4j.linalg.cpu.nativecpu.CpuBackend", backend.nd4j());
        // lib/pom.xml's cpu profile ships nd4j-native's oneDNN build, which ND4J's loader prefers.
        assertEquals("oneDNN", backend.helpers());
        assertTrue(backend.device().endsWith(", " + Runtime.getRuntime().availableProcessors() + " CPUs"),
                backend.device());
        assertSame(backend, Backend.current());
        assertEquals(List.of("kind", "nd4j", "device", "helpers"), List.copyOf(backend.asMap().keySet()));
    }

    @Test
    void helpersComeFromTheBuildInformation() {
        String onednn = "GCC: \"7.5.0\"\nSTD version: 201103L\nDEFAULT_ENGINE: samediff::ENGINE_CPU\n"
                + "HAVE_FLATBUFFERS\nHAVE_ONEDNN\nHAVE_OPENBLAS";
        assertEquals("oneDNN", Backend.helpers(onednn, true));
        assertEquals("off (oneDNN disabled)", Backend.helpers(onednn, false));
        assertEquals("none", Backend.helpers("HAVE_FLATBUFFERS\nHAVE_OPENBLAS", true));
        assertEquals("cuDNN", Backend.helpers("HAVE_FLATBUFFERS\nHAVE_CUDNN\n", true));
    }

    @Test
    void cpuModelIsTheFirstModelNameOfCpuinfo() {
        List<String> cpuinfo = List.of("processor\t: 0", "vendor_id\t: GenuineIntel",
                "model name\t: Intel(R) Xeon(R) Processor", "processor\t: 1", "model name\t: other");
        assertEquals(Optional.of("Intel(R) Xeon(R) Processor"), Backend.cpuModel(cpuinfo));
        assertEquals(Optional.empty(), Backend.cpuModel(List.of("processor\t: 0", "model name\t:")));
    }
}
