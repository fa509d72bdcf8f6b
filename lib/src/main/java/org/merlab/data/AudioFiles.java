package org.merlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds a track's audio by stem: datasets ship MP3, the embedded corpus writes WAV, and OGG is accepted too. */
final class AudioFiles {

    /** Extensions tried, in this order, after the stem. */
    static final List<String> EXTENSIONS = List.of(".mp3", ".wav", ".ogg");

    private AudioFiles() {
    }

    /** The first existing {@code root/stem.ext} over {@link #EXTENSIONS}, e.g. {@code rock/47.mp3}. */
    static Optional<Path> find(Path root, String stem) {
        for (String ext : EXTENSIONS) {
            Path p = root.resolve(stem + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
