package org.merlab.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hand-built ELF shared libraries with CUDA device code, for the tests of {@code org.merlab.train.FatBinary}: a
 * 64-bit little-endian ELF header, a {@code .nv_fatbin} section (or one named otherwise) holding fat binaries laid
 * out as nvcc writes them (16-byte fat binary header with magic 0xBA55ED50, 64-byte entry headers, payloads, 8-byte
 * alignment between fat binaries), a section-name table and the section header table. No CUDA toolkit needed.
 */
public final class FatBinaries {

    /** One embedded image: kind 1 PTX or 2 ELF, nvcc's arch number (86 = sm_86), format version, payload bytes. */
    public record Image(int kind, int arch, int major, int minor, int payloadBytes) {
        public static Image elf(int arch) {
            return new Image(2, arch, 1, 7, 24);
        }

        public static Image ptx(int arch, int isaMajor, int isaMinor) {
            return new Image(1, arch, isaMajor, isaMinor, 13);
        }
    }

    private FatBinaries() {
    }

    /** A library whose {@code .nv_fatbin} holds one fat binary per list of images. */
    public static byte[] library(List<List<Image>> binaries) {
        return library(".nv_fatbin", fatbinSection(binaries));
    }

    /** The section's bytes: each fat binary's header and entries, padded to 8 bytes. */
    public static byte[] fatbinSection(List<List<Image>> binaries) {
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        for (List<Image> images : binaries) {
            ByteArrayOutputStream entries = new ByteArrayOutputStream();
            for (Image image : images) {
                ByteBuffer header = le(64);
                header.putShort(0, (short) image.kind()).putShort(2, (short) 0x0101).putInt(4, 64)
                        .putLong(8, image.payloadBytes()).putShort(24, (short) image.minor())
                        .putShort(26, (short) image.major()).putInt(28, image.arch()).putLong(40, 0x11);
                entries.writeBytes(header.array());
                entries.writeBytes(new byte[image.payloadBytes()]);
            }
            ByteBuffer header = le(16).putInt(0, 0xBA55ED50).putShort(4, (short) 1).putShort(6, (short) 16)
                    .putLong(8, entries.size());
            section.writeBytes(header.array());
            section.writeBytes(entries.toByteArray());
            section.writeBytes(new byte[(8 - section.size() % 8) % 8]);
        }
        return section.toByteArray();
    }

    /** An ELF file with one PROGBITS section of the given name and content, then .shstrtab and the section table. */
    public static byte[] library(String sectionName, byte[] content) {
        byte[] names = ("\0" + sectionName + "\0.shstrtab\0").getBytes(StandardCharsets.US_ASCII);
        int contentAt = 64;
        int namesAt = contentAt + content.length;
        int tableAt = (namesAt + names.length + 7) & ~7;
        ByteBuffer elf = le(tableAt + 3 * 64);
        elf.put(0, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        elf.putShort(16, (short) 3).putShort(18, (short) 0x3E).putInt(20, 1).putLong(40, tableAt)
                .putShort(52, (short) 64).putShort(58, (short) 64).putShort(60, (short) 3).putShort(62, (short) 2);
        elf.put(contentAt, content).put(namesAt, names);
        section(elf, tableAt + 64, 1, 1, contentAt, content.length);
        section(elf, tableAt + 128, 2 + sectionName.length(), 3, namesAt, names.length);
        return elf.array();
    }

    private static void section(ByteBuffer elf, int at, int name, int type, long offset, long size) {
        elf.putInt(at, name).putInt(at + 4, type).putLong(at + 24, offset).putLong(at + 32, size);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
