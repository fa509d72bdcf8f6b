package org.merlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
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

    /** Fills a fresh directory; may throw, in which case nothing is published. */
    @FunctionalInterface
    public interface DirectoryContent {
        void writeInto(Path dir) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces directory {@code target} by one that {@code content} fills: the new directory is complete (a hidden
     * sibling {@code .NAME.RANDOM.tmp}) before it is renamed into place; an old {@code target} is first renamed aside
     * and deleted afterwards, so a reader sees the old directory, then for an instant none, then the complete new
     * one, never a partial one. On failure the new directory is removed and the old one left or put back.
     *
     * @throws UncheckedIOException naming the target if writing or renaming fails
     */
    public static Path replaceDirectory(Path target, DirectoryContent content) {
        Path dir = target.toAbsolutePath().getParent();
        String unique = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Path fresh = dir.resolve("." + target.getFileName() + "." + unique + ".tmp");
        Path old = dir.resolve("." + target.getFileName() + "." + unique + ".old");
        try {
            Files.createDirectories(fresh);
            content.writeInto(fresh);
            boolean replacing = Files.exists(target);
            if (replacing) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (replacing) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            deleteTree(old);
            return target;
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(fresh);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write " + target, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
