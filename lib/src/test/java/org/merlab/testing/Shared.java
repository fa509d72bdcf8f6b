package org.merlab.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Locates the project's {@code shared/} folder (real datasets and librosa reference fixtures), which lives
 * beside the repository. Tests may read it; the product never needs it.
 */
public final class Shared {

    private Shared() {
    }

    /** {@code -Dmerlab.shared} or {@code MERLAB_SHARED}, else the first {@code shared/} beside an ancestor folder. */
    public static Path root() {
        String configured = System.getProperty("merlab.shared", System.getenv("MERLAB_SHARED"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/ not found beside the repository; set MERLAB_SHARED");
    }

    /** A path under shared/, skipping the calling test if shared/ is absent (e.g. a user's fresh machine). */
    public static Path path(String relative) {
        Path p;
        try {
            p = root().resolve(relative);
        } catch (IllegalStateException e) {
            assumeTrue(false, e.getMessage());
            throw e;
        }
        assumeTrue(Files.exists(p), "missing fixture " + p);
        return p;
    }

    /** The librosa 0.10.2 reference folder of one clip, e.g. {@code "synth_3s"}. */
    public static Path reference(String clip) {
        return path("reference/librosa-0.10.2/" + clip);
    }
}
