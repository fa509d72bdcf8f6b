package org.merlab.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.FatBinaries;
import org.merlab.testing.FatBinaries.Image;
import org.merlab.train.FatBinary.DeviceCode;
import org.merlab.train.FatBinary.Entry;
import org.merlab.train.FatBinary.Kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FatBinaryTest {

    @TempDir
    Path tmp;

    private Path write(byte[] bytes) throws IOException {
        return Files.write(tmp.resolve("lib.so"), bytes);
    }

    @Test
    void listsEveryImageOfEveryFatBinaryInFileOrder() throws IOException {
        // Odd payload sizes (13 bytes of PTX) leave the first fat binary unaligned: the reader must skip the padding.
        Path lib = write(FatBinaries.library(List.of(
                List.of(Image.elf(37), Image.elf(86), Image.ptx(80, 7, 6)),
                List.of(Image.elf(120), new Image(8, 90, 0, 1, 8)))));
        DeviceCode code = FatBinary.read(lib).orElseThrow();
        assertEquals(2, code.binaries());
        assertEquals(List.of(new Entry(0, 2, 37, 1, 7, 24), new Entry(0, 2, 86, 1, 7, 24), new Entry(0, 1, 80, 7, 6, 13),
                new Entry(1, 2, 120, 1, 7, 24), new Entry(1, 8, 90, 0, 1, 8)), code.entries());
        assertEquals(FatBinaries.fatbinSection(List.of(
                List.of(Image.elf(37), Image.elf(86), Image.ptx(80, 7, 6)),
                List.of(Image.elf(120), new Image(8, 90, 0, 1, 8)))).length, code.sectionSize());
    }

    @Test
    void namesTargetsAsNvccDoes() {
        assertEquals("sm_86", new Entry(0, 2, 86, 1, 7, 1).target());
        assertEquals("compute_120", new Entry(0, 1, 120, 9, 0, 1).target());
        assertEquals("kind 8 arch 90", new Entry(0, 8, 90, 0, 1, 1).target());
        assertEquals(Kind.OTHER, new Entry(0, 8, 90, 0, 1, 1).kind());
        assertEquals("8.6", new Entry(0, 2, 86, 1, 7, 1).capability());
        assertEquals("12.0", new Entry(0, 2, 120, 1, 7, 1).capability());
    }

    @Test
    void aLibraryWithoutTheSectionHasNoDeviceCode() throws IOException {
        assertTrue(FatBinary.read(write(FatBinaries.library(".rodata", new byte[40]))).isEmpty());
    }

    @Test
    void notAnElfFileIsAnErrorNamingIt() throws IOException {
        Path junk = write(new byte[100]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FatBinary.read(junk));
        assertTrue(e.getMessage().startsWith(junk + ": not an ELF file"), e.getMessage());
        byte[] elf32 = FatBinaries.library(List.of(List.of(Image.elf(86))));
        elf32[4] = 1;
        e = assertThrows(IllegalArgumentException.class, () -> FatBinary.read(write(elf32)));
        assertTrue(e.getMessage().contains("not a 64-bit little-endian ELF file"), e.getMessage());
    }

    @Test
    void aWrongMagicIsAnErrorNamingTheOffset() throws IOException {
        byte[] section = FatBinaries.fatbinSection(List.of(List.of(Image.elf(86)), List.of(Image.elf(75))));
        int second = 16 + 64 + 24;
        ByteBuffer.wrap(section).order(ByteOrder.LITTLE_ENDIAN).putInt(second, 0x12345678);
        Path lib = write(FatBinaries.library(".nv_fatbin", section));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FatBinary.read(lib));
        assertTrue(e.getMessage().contains("fat binary at offset " + second + " of .nv_fatbin starts with "
                + "0x12345678, not the magic 0xBA55ED50"), e.getMessage());
    }

    @Test
    void anEntryLargerThanItsFatBinaryIsAnError() throws IOException {
        byte[] section = FatBinaries.fatbinSection(List.of(List.of(Image.elf(86))));
        ByteBuffer.wrap(section).order(ByteOrder.LITTLE_ENDIAN).putLong(16 + 8, 1000);
        Path lib = write(FatBinaries.library(".nv_fatbin", section));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FatBinary.read(lib));
        assertTrue(e.getMessage().contains("entry at offset 16 of .nv_fatbin does not fit its fat binary"),
                e.getMessage());
    }

    @Test
    void aTruncatedFileIsAnError() throws IOException {
        byte[] whole = FatBinaries.library(List.of(List.of(Image.elf(86))));
        Path lib = write(Arrays.copyOf(whole, whole.length - 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FatBinary.read(lib));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
