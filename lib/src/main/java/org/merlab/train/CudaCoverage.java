package org.merlab.train;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.merlab.train.FatBinary.Entry;
import org.merlab.train.FatBinary.Kind;

/**
 * Which GPU generations a library's CUDA device code ({@link FatBinary}) runs on, by NVIDIA's compatibility rules
 * (CUDA C++ Programming Guide, "Binary Compatibility" and "PTX Compatibility"):
 * <ul>
 *   <li>a cubin for sm_XY runs on any GPU of compute capability X.Z with Z &ge; Y (same major version);</li>
 *   <li>PTX for compute_XY is compiled by the driver, when a program loads, for any GPU of capability XY or newer,
 *       provided the driver knows that PTX ISA version (a driver at least as new as the toolkit that wrote it);</li>
 *   <li>otherwise the GPU cannot run the kernels at all ("no kernel image is available for execution").</li>
 * </ul>
 * A cubin that fits is preferred over PTX, as the driver does.
 */
public final class CudaCoverage {

    /** A GPU family by compute capability, with well-known boards of it; x86-hosted GPUs only (no Jetson). */
    public record Gpu(String generation, int major, int minor, String examples) {

        /** nvcc's number for the capability: 8.6 -> 86, 12.0 -> 120. */
        public int arch() {
            return major * 10 + minor;
        }

        public String capability() {
            return major + "." + minor;
        }
    }

    /** Every x86-hosted GPU generation since Kepler, oldest first. */
    public static final List<Gpu> GPUS = List.of(
            new Gpu("Kepler", 3, 0, "GTX 680, K10"),
            new Gpu("Kepler", 3, 5, "GTX 780, Titan, K20, K40"),
            new Gpu("Kepler", 3, 7, "K80"),
            new Gpu("Maxwell", 5, 0, "GTX 750 Ti"),
            new Gpu("Maxwell", 5, 2, "GTX 970/980, Titan X, M40, M60"),
            new Gpu("Pascal", 6, 0, "P100"),
            new Gpu("Pascal", 6, 1, "GTX 1060-1080 Ti, Titan Xp, P4, P40"),
            new Gpu("Volta", 7, 0, "V100, Titan V"),
            new Gpu("Turing", 7, 5, "RTX 2060-2080 Ti, GTX 1650/1660, T4"),
            new Gpu("Ampere", 8, 0, "A100, A30"),
            new Gpu("Ampere", 8, 6, "RTX 3050-3090, A10, A40, RTX A6000"),
            new Gpu("Ada", 8, 9, "RTX 4060-4090, L4, L40S, RTX 6000 Ada"),
            new Gpu("Hopper", 9, 0, "H100, H200, GH200"),
            new Gpu("Blackwell", 10, 0, "B200, GB200"),
            new Gpu("Blackwell", 10, 3, "B300, GB300"),
            new Gpu("Blackwell", 12, 0, "RTX 5060-5090, RTX PRO 6000 Blackwell"));

    /** How a GPU gets the kernels. */
    public enum How {
        /** A cubin for exactly its architecture. */
        NATIVE,
        /** A cubin for an older minor version of its major one, binary-compatible. */
        COMPATIBLE_CUBIN,
        /** No cubin fits; the driver compiles embedded PTX of an older architecture. */
        PTX_JIT,
        /** Neither: the kernels cannot run there. */
        NONE
    }

    /**
     * What one GPU generation gets from the device code.
     *
     * @param via the entry it runs (empty for {@link How#NONE})
     */
    public record Verdict(Gpu gpu, How how, Optional<Entry> via) {

        /** "native (sm_86 cubin)", "native (sm_86 cubin, binary-compatible with 8.9)", "PTX JIT (...)", "no". */
        public String describe() {
            return switch (how) {
                case NATIVE -> "native (" + via.orElseThrow().target() + " cubin)";
                case COMPATIBLE_CUBIN -> "native (" + via.orElseThrow().target() + " cubin, binary-compatible with "
                        + gpu.capability() + ")";
                case PTX_JIT -> "PTX JIT (" + via.orElseThrow().target() + ", PTX ISA " + via.orElseThrow().major()
                        + "." + via.orElseThrow().minor() + ", needs a driver that knows that ISA)";
                case NONE -> "no (no cubin for " + gpu.major() + ".x at or below " + gpu.capability()
                        + ", no PTX at or below compute_" + gpu.arch() + ")";
            };
        }
    }

    private CudaCoverage() {
    }

    /** The verdict for every generation of {@link #GPUS}, in that order. */
    public static List<Verdict> of(List<Entry> entries) {
        return GPUS.stream().map(gpu -> of(gpu, entries)).toList();
    }

    /** The verdict for one GPU: exact cubin, else the newest compatible cubin, else the newest usable PTX. */
    public static Verdict of(Gpu gpu, List<Entry> entries) {
        Optional<Entry> exact = newest(entries, e -> e.kind() == Kind.ELF && e.arch() == gpu.arch());
        if (exact.isPresent()) {
            return new Verdict(gpu, How.NATIVE, exact);
        }
        Optional<Entry> cubin = newest(entries, e -> e.kind() == Kind.ELF && e.arch() / 10 == gpu.major()
                && e.arch() % 10 < gpu.minor());
        if (cubin.isPresent()) {
            return new Verdict(gpu, How.COMPATIBLE_CUBIN, cubin);
        }
        Optional<Entry> ptx = newest(entries, e -> e.kind() == Kind.PTX && e.arch() <= gpu.arch());
        return ptx.map(p -> new Verdict(gpu, How.PTX_JIT, Optional.of(p)))
                .orElseGet(() -> new Verdict(gpu, How.NONE, Optional.empty()));
    }

    private static Optional<Entry> newest(List<Entry> entries, Predicate<Entry> fits) {
        return entries.stream().filter(fits).max(Comparator.comparingInt(Entry::arch));
    }
}
