package org.merlab.features;

import org.merlab.io.AtomicFiles;
import org.merlab.io.Sha256;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A directory of feature matrices keyed by the audio's content hash and the extraction parameters, so changing either
 * recomputes. Entries are written with {@link AtomicFiles}, so an interrupted run never leaves a half-written entry
 * that a later run would trust.
 */
public final class FeatureCache {

    private static final int MAGIC = 0x4D45524C; // "MERL"
    private static final int FORMAT = 1;

    private final Path dir;

    public FeatureCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The cache key of one file under one parameter signature: SHA-256 over the file's bytes and the signature. */
    public static String key(Path file, String parameterSignature) throws IOException {
        MessageDigest sha = Sha256.update(Sha256.digest(), file);
        sha.update((byte) 0);
        sha.update(parameterSignature.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The stored rows for {@code key}, or empty if absent. A corrupt entry is deleted and reported as absent. */
    public Optional<double[][]> get(String key) {
        Path entry = entryPath(key);
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(entry)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a merlab cache entry");
            }
            int rows = in.readInt();
            int cols = in.readInt();
            double[][] out = new double[rows][cols];
            for (double[] row : out) {
                for (int c = 0; c < cols; c++) {
                    row[c] = in.readDouble();
                }
            }
            return Optional.of(out);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(entry);
            } catch (IOException ignored) {
                // A stale entry we cannot delete is recomputed and overwritten by put().
            }
            return Optional.empty();
        }
    }

    /** Stores {@code rows} (rectangular) under {@code key}, atomically. */
    public void put(String key, double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        for (double[] row : rows) {
            if (row.length != cols) {
                throw new IllegalArgumentException("rows must all have " + cols + " columns, got " + row.length);
            }
        }
        AtomicFiles.write(entryPath(key), os -> {
            DataOutputStream out = new DataOutputStream(os);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(rows.length);
            out.writeInt(cols);
            for (double[] row : rows) {
                for (double v : row) {
                    out.writeDouble(v);
                }
            }
            out.flush();
        });
    }

    private Path entryPath(String key) {
        return dir.resolve(key + ".bin");
    }
}
