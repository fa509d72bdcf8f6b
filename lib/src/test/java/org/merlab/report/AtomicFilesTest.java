package org.merlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @Test
    void writesAndReplacesCreatingFolders(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("a/b/t.md");
        assertEquals(target, AtomicFiles.writeString(target, "one"));
        AtomicFiles.writeString(target, "two");
        assertEquals("two", Files.readString(target));
        assertEquals(List.of(target), list(target.getParent()));
        Path plain = Files.writeString(tmp.resolve("plain.md"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                "a report gets the permissions of any file the user writes, not a temp file's 0600");
    }

    @Test
    void failureKeepsTheOldFileAndLeavesNoTempFile(@TempDir Path tmp) throws Exception {
        Path target = AtomicFiles.writeString(tmp.resolve("t.csv"), "old");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target, e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), list(tmp));

        IllegalStateException bug = assertThrows(IllegalStateException.class,
                () -> AtomicFiles.write(tmp.resolve("new.csv"), out -> {
                    throw new IllegalStateException("renderer bug");
                }));
        assertEquals("renderer bug", bug.getMessage());
        assertEquals(List.of(target), list(tmp));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
