package org.merlab.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CUDA device code a shared library embeds, read from the headers of its ELF {@code .nv_fatbin} section, as
 * {@code cuobjdump --list-elf} and {@code --list-ptx} list it, with no CUDA toolkit: what decides which GPUs the
 * library's kernels can run on ({@link CudaCoverage}).
 *
 * <p>Layout (little-endian; as nvcc writes it, documented by NVIDIA only through its tools): the section is a
 * sequence of fat binaries, each 8-byte aligned, each a 16-byte header ({@code u32 magic 0xBA55ED50, u16 version,
 * u16 headerSize, u64 size} of the entries that follow) and then its entries, each a header ({@code u16 kind} 1 = PTX,
 * 2 = ELF cubin; {@code u16 version; u32 headerSize; u64 payloadSize;} at 24 {@code u16 minor, u16 major} of the
 * image's format, for PTX the PTX ISA version; at 28 {@code u32 arch}, e.g. 86 for sm_86 or compute_86) followed by
 * its payload, possibly compressed. Only headers are read, so a library of a gigabyte takes milliseconds.
 */
public final class FatBinary {

    /** The first word of every fat binary. */
    public static final int MAGIC = 0xBA55ED50;
    /** The section nvcc puts fat binaries in. */
    public static final String SECTION = ".nv_fatbin";

    /** What an embedded image is: PTX the driver compiles at load time, or a cubin for one architecture. */
    public enum Kind {
        PTX, ELF, OTHER;

        static Kind of(int code) {
            return switch (code) {
                case 1 -> PTX;
                case 2 -> ELF;
                default -> OTHER;
            };
        }
    }

    /**
     * One embedded image.
     *
     * @param binary   the index of the fat binary holding it, 0 first
     * @param kindCode the header's kind (1 PTX, 2 ELF; others, such as LTO IR, are {@link Kind#OTHER})
     * @param arch     the architecture as nvcc numbers it: 86 for sm_86, 120 for sm_120
     * @param major    the image format's major version (for PTX the PTX ISA's)
     * @param minor    its minor version
     * @param size     the payload's size in bytes as stored (compressed or not)
     */
    public record Entry(int binary, int kindCode, int arch, int major, int minor, long size) {

        public Kind kind() {
            return Kind.of(kindCode);
        }

        /** "sm_86" for a cubin, "compute_86" for PTX (nvcc's names), "kind 8 arch 86" otherwise. */
        public String target() {
            return switch (kind()) {
                case ELF -> "sm_" + arch;
                case PTX -> "compute_" + arch;
                case OTHER -> "kind " + kindCode + " arch " + arch;
            };
        }

        /** The compute capability the architecture stands for: 86 -> "8.6", 120 -> "12.0". */
        public String capability() {
            return arch / 10 + "." + arch % 10;
        }
    }

    /**
     * The device code of one library.
     *
     * @param sectionSize bytes of its {@code .nv_fatbin} section
     * @param binaries    how many fat binaries the section holds (one per compiled source file, roughly)
     * @param entries     every entry of every fat binary, in file order
     */
    public record DeviceCode(long sectionSize, int binaries, List<Entry> entries) {
        public DeviceCode {
            entries = List.copyOf(entries);
        }
    }

    private static final int ELF_HEADER = 64;
    private static final int SECTION_HEADER = 64;
    private static final int FATBIN_HEADER = 16;
    private static final int ENTRY_HEADER = 32;

    private FatBinary() {
    }

    /**
     * The device code of an ELF shared library, or empty if it has no {@value #SECTION} section (host code only).
     *
     * @throws IllegalArgumentException naming the file if it is not a 64-bit little-endian ELF file or its
     *                                  fat binaries are malformed
     * @throws UncheckedIOException     naming the file if it cannot be read
     */
    public static Optional<DeviceCode> read(Path library) {
        try (FileChannel file = FileChannel.open(library, StandardOpenOption.READ)) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + library, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(library + ": " + e.getMessage(), e);
        }
    }

    private static Optional<DeviceCode> read(FileChannel file) throws IOException {
        ByteBuffer elf = bytes(file, 0, ELF_HEADER);
        if (elf.getInt(0) != 0x464C457F) {
            throw new IllegalArgumentException("not an ELF file (no \\x7fELF at its start)");
        }
        if (elf.get(4) != 2 || elf.get(5) != 1) {
            throw new IllegalArgumentException("not a 64-bit little-endian ELF file (class " + elf.get(4)
                    + ", data " + elf.get(5) + ")");
        }
        long sectionTable = elf.getLong(0x28);
        int entrySize = Short.toUnsignedInt(elf.getShort(0x3A));
        int count = Short.toUnsignedInt(elf.getShort(0x3C));
        int namesIndex = Short.toUnsignedInt(elf.getShort(0x3E));
        if (entrySize < SECTION_HEADER || namesIndex >= count) {
            throw new IllegalArgumentException("bad section header table (entry size " + entrySize + ", "
                    + count + " sections, names in section " + namesIndex + ")");
        }
        ByteBuffer sections = bytes(file, sectionTable, (long) entrySize * count);
        long namesOffset = sections.getLong(namesIndex * entrySize + 24);
        long namesSize = sections.getLong(namesIndex * entrySize + 32);
        ByteBuffer names = bytes(file, namesOffset, namesSize);
        for (int i = 0; i < count; i++) {
            int at = i * entrySize;
            if (SECTION.equals(name(names, sections.getInt(at)))) {
                return Optional.of(deviceCode(file, sections.getLong(at + 24), sections.getLong(at + 32)));
            }
        }
        return Optional.empty();
    }

    /** Walks the fat binaries of a section of {@code size} bytes at file offset {@code start}. */
    private static DeviceCode deviceCode(FileChannel file, long start, long size) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int binaries = 0;
        long at = 0;
        while (at + FATBIN_HEADER <= size) {
            ByteBuffer header = bytes(file, start + at, FATBIN_HEADER);
            if (header.getInt(0) != MAGIC) {
                throw new IllegalArgumentException(String.format(
                        "fat binary at offset %d of %s starts with 0x%08X, not the magic 0x%08X", at, SECTION,
                        header.getInt(0), MAGIC));
            }
            long body = at + Short.toUnsignedInt(header.getShort(6));
            long end = body + header.getLong(8);
            if (end > size) {
                throw new IllegalArgumentException("fat binary at offset " + at + " of " + SECTION + " runs past "
                        + "its end (" + end + " > " + size + ")");
            }
            for (long e = body; e < end; ) {
                ByteBuffer entry = bytes(file, start + e, ENTRY_HEADER);
                long next = e + Integer.toUnsignedLong(entry.getInt(4)) + entry.getLong(8);
                if (next > end || next <= e) {
                    throw new IllegalArgumentException("entry at offset " + e + " of " + SECTION
                            + " does not fit its fat binary, which ends at " + end);
                }
                entries.add(new Entry(binaries, Short.toUnsignedInt(entry.getShort(0)), entry.getInt(28),
                        Short.toUnsignedInt(entry.getShort(26)), Short.toUnsignedInt(entry.getShort(24)),
                        entry.getLong(8)));
                e = next;
            }
            binaries++;
            at = (end + 7) & ~7L;
        }
        return new DeviceCode(size, binaries, entries);
    }

    private static String name(ByteBuffer names, int offset) {
        if (offset < 0 || offset >= names.limit()) {
            return "";
        }
        int end = offset;
        while (end < names.limit() && names.get(end) != 0) {
            end++;
        }
        byte[] name = new byte[end - offset];
        names.get(offset, name);
        return new String(name, StandardCharsets.US_ASCII);
    }

    /** {@code length} bytes at {@code offset}, little-endian; a short read means the file is truncated. */
    private static ByteBuffer bytes(FileChannel file, long offset, long length) throws IOException {
        if (offset < 0 || length < 0 || length > Integer.MAX_VALUE || offset + length > file.size()) {
            throw new IllegalArgumentException("truncated: needs bytes " + offset + " to " + (offset + length)
                    + " of a file of " + file.size());
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, offset + buffer.position()) < 0) {
                throw new IllegalArgumentException("truncated at byte " + (offset + buffer.position()));
            }
        }
        return buffer.flip();
    }
}
