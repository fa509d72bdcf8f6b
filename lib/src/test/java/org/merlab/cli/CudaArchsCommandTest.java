package org.merlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.FatBinaries;
import org.merlab.testing.FatBinaries.Image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CudaArchsCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private static final byte[] DEVICE = FatBinaries.library(List.of(
            List.of(Image.elf(75), Image.elf(86)), List.of(Image.elf(86), Image.ptx(86, 7, 6))));

    @Test
    void listsTargetsAndCoverageOfALibrary() throws IOException {
        Path lib = Files.write(tmp.resolve("libk.so"), DEVICE);
        assertEquals(0, cli.execute("cuda-archs", lib.toString()));
        List<String> lines = cli.out.toString().lines().toList();
        assertEquals("libk.so (" + DEVICE.length + " bytes): .nv_fatbin of " + (DEVICE.length - 64 - 3 * 64 - 24)
                + " bytes, 2 fat binaries, 4 images", lines.get(0));
        assertEquals(List.of(
                "  PTX compute_86, format 7.6: in 1 of 2 fat binaries",
                "  ELF sm_75, format 1.7: in 1 of 2 fat binaries",
                "  ELF sm_86, format 1.7: in 2 of 2 fat binaries",
                "  GPU coverage (generation, compute capability, examples: how the kernels run)"), lines.subList(1, 5));
        assertTrue(lines.stream().anyMatch(l -> l.matches(" +Turing +7\\.5 .* native \\(sm_75 cubin\\)")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" +Hopper +9\\.0 .* PTX JIT \\(compute_86, PTX ISA 7\\.6, .*")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" +Volta +7\\.0 .* no \\(.*")), lines.toString());
    }

    @Test
    void readsTheSharedLibrariesOfAJarAndSkipsUnreadableFiles() throws IOException {
        Path jar = tmp.resolve("native.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            put(zip, "org/x/linux-x86_64/libdevice.so", DEVICE);
            put(zip, "org/x/linux-x86_64/libhost.so.1", FatBinaries.library(".text", new byte[16]));
            put(zip, "org/x/Some.class", new byte[8]);
        }
        Path junk = Files.write(tmp.resolve("junk.so"), new byte[80]);
        assertEquals(1, cli.execute("cuda-archs", junk.toString(), jar.toString()));
        String out = cli.out.toString();
        assertTrue(out.contains("native.jar!/org/x/linux-x86_64/libdevice.so (" + DEVICE.length + " bytes): .nv_fatbin"),
                out);
        assertTrue(out.contains("native.jar!/org/x/linux-x86_64/libhost.so.1 (" + FatBinaries.library(".text",
                new byte[16]).length + " bytes): no .nv_fatbin section, no device code"), out);
        assertTrue(!out.contains("Some.class"), out);
        assertEquals(junk + ": " + junk + ": not an ELF file (no \\x7fELF at its start)",
                cli.err.toString().strip());
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
