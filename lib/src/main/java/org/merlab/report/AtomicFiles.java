package org.merlab.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a partial one: the
 * content goes to a hidden temp file in the same directory ({@code .NAME.RANDOM.tmp}), which is then renamed
 * over the target with {@link StandardCopyOption#ATOMIC_MOVE} (POSIX rename). On failure the temp file is removed.
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw, in which case nothing is published. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code target} atomically; returns the target. */
    public static Path writeString(Path target, String text) {
        return write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes {@code content} to {@code target} atomically, creating the parent directories; returns the target.
     *
     * @throws UncheckedIOException naming the target if writing or renaming fails
     */
    public static Path write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        // Not Files.createTempFile: its 0600 permissions would survive the rename and hide reports from others.
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
                .nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            Files.createDirectories(dir);
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write " + target, io);
            }
            throw (RuntimeException) e;
        }
    }
}
