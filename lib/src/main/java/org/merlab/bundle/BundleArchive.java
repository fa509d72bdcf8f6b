package org.merlab.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.merlab.io.AtomicFiles;

/**
 * A bundle's files as name -> bytes, stored either as a directory or as a zip of the same files. A zip whose entries
 * all sit in one top-level folder (as {@code zip -r b.zip b/} makes it) is read as if they did not.
 */
final class BundleArchive {

    private BundleArchive() {
    }

    /** Whether {@code path} names the zip form (by its {@code .zip} suffix). */
    static boolean isZip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * The files of the bundle at {@code source}, a directory or a zip file; in a directory only {@code names} are read.
     *
     * @throws BundleException naming {@code source} if it is missing, unreadable or not a zip archive
     */
    static Map<String, byte[]> read(Path source, Iterable<String> names) {
        if (Files.isDirectory(source)) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String name : names) {
                Path file = source.resolve(name);
                if (Files.isRegularFile(file)) {
                    try {
                        files.put(name, Files.readAllBytes(file));
                    } catch (IOException e) {
                        throw new BundleException("cannot read " + file + ": " + e.getMessage(), e);
                    }
                }
            }
            return files;
        }
        if (!Files.isRegularFile(source)) {
            throw new BundleException("no model bundle at " + source + " (neither a directory nor a zip file)");
        }
        try (ZipFile zip = new ZipFile(source.toFile())) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            return withoutTopFolder(files);
        } catch (ZipException e) {
            throw new BundleException(source + " is not a readable zip archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BundleException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code files} as directory or zip (by {@link #isZip}), atomically. */
    static void write(Path target, Map<String, byte[]> files) {
        if (isZip(target)) {
            AtomicFiles.write(target, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                for (var file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
                zip.finish();
            });
        } else {
            AtomicFiles.replaceDirectory(target, dir -> {
                for (var file : files.entrySet()) {
                    Files.write(dir.resolve(file.getKey()), file.getValue());
                }
            });
        }
    }

    private static Map<String, byte[]> withoutTopFolder(Map<String, byte[]> files) {
        String prefix = null;
        for (String name : files.keySet()) {
            int slash = name.indexOf('/');
            String top = slash < 0 ? "" : name.substring(0, slash + 1);
            if (prefix == null) {
                prefix = top;
            } else if (!prefix.equals(top)) {
                return files;
            }
        }
        if (prefix == null || prefix.isEmpty()) {
            return files;
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (var file : files.entrySet()) {
            out.put(file.getKey().substring(prefix.length()), file.getValue());
        }
        return out;
    }
}
