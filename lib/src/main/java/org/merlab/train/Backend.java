package org.merlab.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The ND4J backend this JVM trains on, for provenance and {@code merlab backend}: which build the class path holds
 * (lib's Maven profile {@code cpu} or {@code cuda}, chosen by {@code MERLAB_BACKEND}), the device it computes on and
 * whether ND4J's platform helpers (oneDNN on the CPU, cuDNN on CUDA) are in use.
 *
 * @param kind     "cpu" or "cuda"
 * @param nd4j     ND4J's backend class, e.g. {@code org.nd4j.linalg.cpu.nativecpu.CpuBackend}
 * @param device   the processor's model and CPU count, or the GPU's name, compute capability, memory and index
 * @param helpers  the helper library in use ("oneDNN", "cuDNN"), "none" if the build has none, or "off (oneDNN
 *                 disabled)" if it has one but helpers are switched off
 */
public record Backend(String kind, String nd4j, String device, String helpers) {

    /** ND4J's build-information flag of each helper library it can be built with, and the library's name. */
    private static final Map<String, String> HELPERS = Map.of("HAVE_ONEDNN", "oneDNN", "HAVE_CUDNN", "cuDNN",
            "HAVE_ARMCOMPUTE", "Arm Compute Library");

    /** Detected once per JVM (the backend cannot change once ND4J has started); null until then. */
    private static Backend current;

    /**
     * The backend of this JVM, starting ND4J if it has not started yet.
     *
     * @throws IllegalStateException saying what to do when ND4J finds no backend it can start (the CUDA build
     *                               without a usable GPU)
     */
    public static synchronized Backend current() {
        if (current == null) {
            current = detect();
        }
        return current;
    }

    private static Backend detect() {
        String nd4j;
        try {
            nd4j = Nd4j.getBackend().getClass().getName();
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("ND4J could not start a backend (" + cause.getMessage() + "). With "
                    + "MERLAB_BACKEND=cuda the class path holds only ND4J's CUDA build, which needs an NVIDIA driver "
                    + "and a GPU it covers (README, section GPU); MERLAB_BACKEND=cpu trains on the CPU.", e);
        }
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        boolean cpu = Nd4j.getEnvironment().isCPU();
        String device = cpu ? cpuDevice() : gpuDevice(ops, Nd4j.getAffinityManager().getDeviceForCurrentThread());
        return new Backend(cpu ? "cpu" : "cuda", nd4j, device,
                helpers(ops.buildInfo(), Nd4j.getEnvironment().helpersAllowed()));
    }

    /** "cpu", "cuda" and the rest as a map, in declaration order, for provenance records. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("kind", kind);
        map.put("nd4j", nd4j);
        map.put("device", device);
        map.put("helpers", helpers);
        return map;
    }

    /** "cpu: Intel(R) Xeon(R) Processor, 2 CPUs; helpers oneDNN (org.nd4j...CpuBackend)". */
    @Override
    public String toString() {
        return kind + ": " + device + "; helpers " + helpers + " (" + nd4j + ")";
    }

    /**
     * The helper libraries named in ND4J's build information ({@code NativeOps.buildInfo()}, one flag a line such as
     * {@code HAVE_ONEDNN}), as {@link #helpers} describes them.
     */
    static String helpers(String buildInfo, boolean allowed) {
        List<String> built = new ArrayList<>();
        buildInfo.lines().map(String::strip).filter(HELPERS::containsKey).map(HELPERS::get).forEach(built::add);
        if (built.isEmpty()) {
            return "none";
        }
        String names = String.join(", ", built);
        return allowed ? names : "off (" + names + " disabled)";
    }

    /** The "model name" of {@code /proc/cpuinfo} (Linux), else the JVM's os.arch, and the CPUs the JVM may use. */
    static String cpuDevice() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        String model = System.getProperty("os.arch");
        if (Files.isReadable(cpuinfo)) {
            try {
                model = cpuModel(Files.readAllLines(cpuinfo)).orElse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + cpuinfo, e);
            }
        }
        return model + ", " + Runtime.getRuntime().availableProcessors() + " CPUs";
    }

    /** The first {@code model name : ...} value of /proc/cpuinfo lines. */
    static Optional<String> cpuModel(List<String> cpuinfo) {
        return cpuinfo.stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .filter(name -> !name.isEmpty())
                .findFirst();
    }

    /** "NVIDIA A100-SXM4-40GB, compute capability 8.0, 39.6 GiB, device 0 of 4". */
    private static String gpuDevice(NativeOps ops, int device) {
        return String.format(Locale.ROOT, "%s, compute capability %d.%d, %.1f GiB, device %d of %d",
                ops.getDeviceName(device), ops.getDeviceMajor(device), ops.getDeviceMinor(device),
                ops.getDeviceTotalMemory(device) / (double) (1L << 30), device, ops.getAvailableDevices());
    }
}
