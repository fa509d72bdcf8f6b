package org.merlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of files, streamed (audio files are read in 64 KiB blocks, never whole), for every stage that keys or checks
 * data by content: the feature cache, dataset fingerprints and checksum indexes. Written as 64 lowercase hex digits,
 * as {@code sha256sum} prints it.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh SHA-256 digest; every JDK provides the algorithm. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Feeds the bytes of {@code file} into {@code digest}; returns the digest. */
    public static MessageDigest update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return digest;
    }

    /**
     * The hex SHA-256 of the bytes of {@code file}, as {@code sha256sum FILE} prints it.
     *
     * @throws UncheckedIOException naming the file if it cannot be read
     */
    public static String ofFile(Path file) {
        try {
            return HexFormat.of().formatHex(update(digest(), file).digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
