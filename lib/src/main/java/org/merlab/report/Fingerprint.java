package org.merlab.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.merlab.io.Sha256;

/**
 * Dataset fingerprints: a SHA-256 that changes when any file of a dataset is added, removed, renamed or edited,
 * and does not depend on where the dataset lies or the order files were listed in. Written as
 * {@code "sha256:" + 64 hex digits}.
 * <p>
 * For files: SHA-256 over the lines {@code relativePath TAB size TAB sha256(content) LF}, sorted by the
 * relative path written with {@code /} separators.
 */
public final class Fingerprint {

    private static final String PREFIX = "sha256:";

    private Fingerprint() {
    }

    /** The fingerprint of some bytes (an embedded corpus, a generated table). */
    public static String ofBytes(byte[] bytes) {
        return PREFIX + HexFormat.of().formatHex(Sha256.digest().digest(bytes));
    }

    /**
     * The fingerprint of the given files, each named by its path relative to {@code root}.
     *
     * @throws IllegalArgumentException naming the file if one is not a regular file under {@code root}
     */
    public static String ofFiles(Path root, Collection<Path> files) {
        Path base = root.toAbsolutePath().normalize();
        TreeMap<String, Path> byName = new TreeMap<>();
        for (Path file : files) {
            Path absolute = base.resolve(file).normalize();
            if (!absolute.startsWith(base) || !Files.isRegularFile(absolute)) {
                throw new IllegalArgumentException("not a regular file under " + base + ": " + file);
            }
            byName.put(base.relativize(absolute).toString().replace('\\', '/'), absolute);
        }
        StringBuilder listing = new StringBuilder();
        byName.forEach((name, file) -> listing.append(name).append('\t').append(size(file)).append('\t')
                .append(Sha256.ofFile(file)).append('\n'));
        return ofBytes(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of every regular file below {@code root} (a dataset directory such as MERLAB_DATA). */
    public static String ofTree(Path root) {
        // Walk the absolute root: ofFiles resolves each path against it, which a relative walk's paths would repeat.
        Path base = root.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(base)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            return ofFiles(base, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dataset directory " + root, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
