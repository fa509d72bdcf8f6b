package org.merlab.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import org.merlab.io.AtomicFiles;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;

/**
 * Receives audio uploads into a private folder (readable by this user only) without holding them in memory: a
 * multipart form's {@value #FILE_PART} part, or the request body itself ({@code audio/*},
 * {@code application/octet-stream} or no content type; its name from the {@value #NAME_PARAMETER} query parameter).
 * An upload over the cap is answered 413 as soon as it is known to be (from {@code Content-Length}, else once
 * that many bytes have come); a stalled one 408; a broken-off one 400. On every failure the partial file is removed
 * before the error is thrown, and {@link #close} removes the folder.
 */
final class Uploads implements AutoCloseable {

    static final String FILE_PART = "file";
    static final String NAME_PARAMETER = "filename";
    /** Jetty's request attribute for a request's multipart settings (what a servlet's annotation would give). */
    private static final String MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";
    /** Multipart bytes besides the file: boundaries, part headers, small form fields. */
    private static final long FORM_OVERHEAD = 64 * 1024;
    /** Parts larger than this go to a file in the private folder while the form is parsed. */
    private static final int IN_MEMORY_PART = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final Path dir;
    private final long maxBytes;

    /** A fresh private folder under the system's temporary folder, for uploads of at most {@code maxBytes}. */
    Uploads(long maxBytes) {
        this.maxBytes = maxBytes;
        try {
            dir = Files.createTempDirectory("merlab-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new ServeException("cannot create a private folder for uploads: " + e.getMessage(), e);
        }
    }

    /** The folder uploads are written to. */
    Path directory() {
        return dir;
    }

    /**
     * The request's audio, streamed to a new file in {@link #directory()}.
     *
     * @throws ApiError 413 over the cap, 415 for a content type that is neither a multipart form nor audio, 400 for
     *                  an empty or broken-off upload or a form without a {@value #FILE_PART} part, 408 for a stalled one
     */
    Upload receive(Context ctx) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes + (media.equals("multipart/form-data") ? FORM_OVERHEAD : 0)) {
            throw tooLarge("declares " + declared + " bytes");
        }
        if (media.equals("multipart/form-data")) {
            return multipart(ctx);
        }
        if (media.isEmpty() || media.startsWith("audio/") || media.equals("application/octet-stream")) {
            return store(() -> ctx.req().getInputStream(), Upload.displayName(ctx.queryParam(NAME_PARAMETER)));
        }
        throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "Content-Type " + type + " is not accepted:"
                + " send a multipart/form-data form with the audio in its '" + FILE_PART + "' part, or the audio"
                + " itself as the body (audio/*, application/octet-stream)");
    }

    @Override
    public void close() {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the uploads folder " + dir, e);
        }
    }

    private Upload multipart(Context ctx) {
        ctx.req().setAttribute(MULTIPART_CONFIG, new MultipartConfigElement(dir.toString(), maxBytes,
                maxBytes + FORM_OVERHEAD, IN_MEMORY_PART));
        Part part;
        try {
            part = ctx.req().getPart(FILE_PART);
        } catch (IllegalStateException e) {
            // Jetty's words for a part or form over the limits given above.
            throw tooLarge("exceeds it (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw broken(e, "the multipart form");
        } catch (ServletException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "the multipart form cannot be read: "
                    + e.getMessage());
        }
        if (part == null) {
            throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), "the multipart form has no '" + FILE_PART
                    + "' part; send the audio file in a field named '" + FILE_PART + "'");
        }
        try {
            return store(part::getInputStream, Upload.displayName(part.getSubmittedFileName()));
        } finally {
            try {
                part.delete();
            } catch (IOException e) {
                // Jetty removes its own part files when the request completes, too.
            }
        }
    }

    /** A source of the upload's bytes. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    private Upload store(Source source, String name) {
        Path file;
        try {
            file = Files.createTempFile(dir, "upload-", extension(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an upload file in " + dir, e);
        }
        Upload upload = new Upload(file, name);
        boolean stored = false;
        try (InputStream in = source.open(); OutputStream out = Files.newOutputStream(file)) {
            long total = copy(in, out);
            if (total == 0) {
                throw new ApiError(HttpStatus.BAD_REQUEST.getCode(), name + " is empty (0 bytes)");
            }
            stored = true;
            return upload;
        } catch (IOException e) {
            throw broken(e, "the upload " + name);
        } finally {
            if (!stored) {
                upload.delete();
            }
        }
    }

    /**
     * The client's extension ({@code .mp3}) when it is 1 to 8 letters or digits, else none: the decoder names it when
     * the bytes are not audio, and a temporary name must not carry anything else of the client's.
     */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,8}") ? "." + ext : "";
    }

    private long copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge("has more");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private ApiError tooLarge(String what) {
        return new ApiError(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the upload " + what + "; the cap is "
                + maxBytes + " bytes");
    }

    /** 408 if the client stopped sending (Jetty's idle timeout), else 400: the client broke the upload off. */
    private static ApiError broken(IOException e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return new ApiError(HttpStatus.REQUEST_TIMEOUT.getCode(), what + " stalled: no bytes came for longer"
                        + " than the server's idle timeout");
            }
        }
        return new ApiError(HttpStatus.BAD_REQUEST.getCode(), what + " broke off before its end (" + e.getMessage()
                + ")");
    }
}
