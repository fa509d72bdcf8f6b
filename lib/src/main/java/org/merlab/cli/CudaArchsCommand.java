package org.merlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.merlab.train.CudaCoverage;
import org.merlab.train.FatBinary;
import org.merlab.train.FatBinary.DeviceCode;
import org.merlab.train.FatBinary.Entry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merlab cuda-archs}: the CUDA architectures and PTX embedded in native libraries ({@link FatBinary}), as
 * {@code cuobjdump --list-elf/--list-ptx} would list them, and which GPU generations that lets run the kernels
 * ({@link CudaCoverage}). Takes shared libraries or jars (every {@code .so} inside is read from a temporary copy).
 * Files that cannot be read are reported on stderr and skipped; the exit code is then 1.
 */
@Command(name = "cuda-archs", description = {
        "List the CUDA cubins (sm_XY) and PTX (compute_XY) embedded in native libraries or in the .so files of jars,",
        "and which GPU generations can run them: natively, by the driver's PTX JIT, or not at all."})
public final class CudaArchsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ELF shared libraries (.so) or jars holding them")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            try {
                if (file.getFileName().toString().endsWith(".jar")) {
                    readJar(file, out);
                } else {
                    print(file.getFileName().toString(), Files.size(file), FatBinary.read(file), out);
                }
            } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
                failed.add(file + ": " + e.getMessage());
            }
        }
        out.flush();
        failed.forEach(spec.commandLine().getErr()::println);
        return failed.isEmpty() ? 0 : 1;
    }

    /** Each shared library in the jar, copied to a temporary file because ELF is read from its end first. */
    private static void readJar(Path jar, PrintWriter out) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().matches(".*\\.so(\\.[0-9.]+)?")).toList()) {
                Path copy = Files.createTempFile("merlab-cuda-archs", ".so");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    print(jar.getFileName() + "!/" + entry.getName(), entry.getSize(), FatBinary.read(copy), out);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        }
    }

    private static void print(String name, long bytes, Optional<DeviceCode> code, PrintWriter out) {
        lines(name, bytes, code).forEach(out::println);
    }

    /** The listing of one library: a summary line, one line per embedded target, then the GPU coverage. */
    static List<String> lines(String name, long bytes, Optional<DeviceCode> code) {
        List<String> lines = new ArrayList<>();
        if (code.isEmpty()) {
            lines.add(name + " (" + bytes + " bytes): no " + FatBinary.SECTION + " section, no device code");
            return lines;
        }
        DeviceCode device = code.get();
        lines.add(name + " (" + bytes + " bytes): " + FatBinary.SECTION + " of " + device.sectionSize() + " bytes, "
                + device.binaries() + " fat binaries, " + device.entries().size() + " images");
        Map<String, List<Entry>> byTarget = device.entries().stream().collect(Collectors.groupingBy(
                e -> e.kind() + " " + e.target() + ", format " + e.major() + "." + e.minor(), TreeMap::new,
                Collectors.toList()));
        for (FatBinary.Kind kind : FatBinary.Kind.values()) {
            List<String> targets = byTarget.entrySet().stream()
                    .filter(t -> t.getValue().getFirst().kind() == kind)
                    .sorted(Comparator.comparingInt(t -> t.getValue().getFirst().arch()))
                    .map(t -> String.format("  %s: in %d of %d fat binaries", t.getKey(),
                            t.getValue().stream().mapToInt(Entry::binary).distinct().count(), device.binaries()))
                    .toList();
            if (targets.isEmpty() && kind != FatBinary.Kind.OTHER) {
                lines.add("  " + kind + ": none");
            }
            lines.addAll(targets);
        }
        lines.add("  GPU coverage (generation, compute capability, examples: how the kernels run)");
        for (CudaCoverage.Verdict verdict : CudaCoverage.of(device.entries())) {
            CudaCoverage.Gpu gpu = verdict.gpu();
            lines.add(String.format("    %-9s %-4s %-38s %s", gpu.generation(), gpu.capability(), gpu.examples(),
                    verdict.describe()));
        }
        return lines;
    }
}
