package org.merlab.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.train.CudaCoverage.Gpu;
import org.merlab.train.CudaCoverage.How;
import org.merlab.train.CudaCoverage.Verdict;
import org.merlab.train.FatBinary.Entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CudaCoverageTest {

    private static Entry elf(int arch) {
        return new Entry(0, 2, arch, 1, 7, 100);
    }

    private static Entry ptx(int arch) {
        return new Entry(0, 1, arch, 7, 6, 100);
    }

    /** capability -> "HOW via" for every generation. */
    private static Map<String, String> coverage(List<Entry> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Verdict v : CudaCoverage.of(entries)) {
            map.put(v.gpu().capability(), v.how() + v.via().map(e -> " " + e.target()).orElse(""));
        }
        return map;
    }

    @Test
    void cubinsWithoutPtxCoverTheirMajorVersionsOnly() {
        // The architectures of ND4J 1.0.0-M2.1's CUDA 11.6 build (environment/cuda-archs/).
        Map<String, String> c = coverage(List.of(elf(37), elf(50), elf(52), elf(60), elf(61), elf(70), elf(75),
                elf(80), elf(86)));
        assertEquals("NONE", c.get("3.0"));
        assertEquals("NONE", c.get("3.5"));
        assertEquals("NATIVE sm_37", c.get("3.7"));
        assertEquals("NATIVE sm_52", c.get("5.2"));
        assertEquals("NATIVE sm_61", c.get("6.1"));
        assertEquals("NATIVE sm_75", c.get("7.5"));
        assertEquals("NATIVE sm_86", c.get("8.6"));
        assertEquals("COMPATIBLE_CUBIN sm_86", c.get("8.9"));
        assertEquals("NONE", c.get("9.0"));
        assertEquals("NONE", c.get("10.0"));
        assertEquals("NONE", c.get("12.0"));
    }

    @Test
    void ptxRunsOnItsArchitectureAndEveryNewerOneByJit() {
        Map<String, String> c = coverage(List.of(elf(75), ptx(70), ptx(80)));
        assertEquals("NONE", c.get("6.1"));
        assertEquals("PTX_JIT compute_70", c.get("7.0"));
        assertEquals("NATIVE sm_75", c.get("7.5"));
        assertEquals("PTX_JIT compute_80", c.get("8.0"));
        assertEquals("PTX_JIT compute_80", c.get("9.0"));
        assertEquals("PTX_JIT compute_80", c.get("12.0"));
    }

    @Test
    void aFittingCubinIsPreferredOverPtx() {
        assertEquals("COMPATIBLE_CUBIN sm_80", coverage(List.of(elf(80), ptx(86))).get("8.6"));
    }

    @Test
    void blackwellMajorVersionsAreSeparate() {
        Map<String, String> c = coverage(List.of(elf(100)));
        assertEquals("NATIVE sm_100", c.get("10.0"));
        assertEquals("COMPATIBLE_CUBIN sm_100", c.get("10.3"));
        assertEquals("NONE", c.get("12.0"));
    }

    @Test
    void verdictsSayHowInWords() {
        Gpu ada = new Gpu("Ada", 8, 9, "L4");
        assertEquals("native (sm_86 cubin, binary-compatible with 8.9)",
                CudaCoverage.of(ada, List.of(elf(86))).describe());
        assertEquals("native (sm_89 cubin)", CudaCoverage.of(ada, List.of(elf(89))).describe());
        assertEquals("PTX JIT (compute_80, PTX ISA 7.6, needs a driver that knows that ISA)",
                CudaCoverage.of(ada, List.of(ptx(80))).describe());
        Verdict none = CudaCoverage.of(new Gpu("Hopper", 9, 0, "H100"), List.of(elf(86)));
        assertEquals(How.NONE, none.how());
        assertEquals("no (no cubin for 9.x at or below 9.0, no PTX at or below compute_90)", none.describe());
    }

    @Test
    void generationsAreListedOldestFirst() {
        List<Integer> archs = CudaCoverage.GPUS.stream().map(Gpu::arch).toList();
        assertEquals(archs.stream().sorted().toList(), archs);
        assertEquals(List.of(30, 35, 37, 50, 52, 60, 61, 70, 75, 80, 86, 89, 90, 100, 103, 120), archs);
    }
}
