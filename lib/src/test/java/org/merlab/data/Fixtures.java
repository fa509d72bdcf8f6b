package org.merlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small annotation files and empty audio stand-ins the loader tests need (audio is looked up, not read). */
final class Fixtures {

    private Fixtures() {
    }

    /** Creates an empty file at {@code root/relative}, with its folders. */
    static void touch(Path root, String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[0]);
    }

    /** Writes {@code lines} joined by {@code eol}, with a final {@code eol}, to {@code root/name}. */
    static Path lines(Path root, String name, String eol, String... lines) throws IOException {
        Path p = root.resolve(name);
        Files.writeString(p, String.join(eol, lines) + eol);
        return p;
    }
}
