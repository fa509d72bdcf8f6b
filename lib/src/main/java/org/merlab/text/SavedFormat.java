package org.merlab.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.merlab.io.AtomicFiles;

/**
 * The saved text models' file format: one JSON object whose {@code format} names what it holds and whose
 * {@code version} says which layout of it, written atomically. A reader refuses another format or a version it does
 * not know, naming the file, rather than guessing.
 */
final class SavedFormat {

    static final ObjectMapper JSON = new ObjectMapper();

    private SavedFormat() {
    }

    /** A new object with its {@code format} and {@code version} fields set. */
    static ObjectNode header(String format, int version) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format);
        root.put("version", version);
        return root;
    }

    static Path write(Path file, ObjectNode root) {
        return AtomicFiles.write(file, out -> JSON.writeValue(out, root));
    }

    static byte[] bytes(ObjectNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /**
     * Reads {@code file} and checks its header.
     *
     * @throws TextException naming the file if it is missing, not JSON, another format or another version
     */
    static JsonNode read(Path file, String format, int version) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TextException("cannot read " + format + " file " + file + " (" + e.getMessage() + ")", e);
        }
        return parse(bytes, file, format, version);
    }

    /**
     * Parses the bytes of a saved file and checks its header.
     *
     * @param file where the bytes come from, for messages
     * @throws TextException naming {@code file} if the bytes are not JSON, another format or another version
     */
    static JsonNode parse(byte[] bytes, Path file, String format, int version) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new TextException(file + " is not JSON (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !format.equals(root.path("format").asText())) {
            throw new TextException(file + " is not a " + format + " file");
        }
        int found = root.path("version").asInt(-1);
        if (found != version) {
            throw new TextException(file + " is " + format + " version " + found + "; this code reads version "
                    + version);
        }
        return root;
    }

    /**
     * Checks that a read file was made with this code's {@link TextEncoder#NORMALIZER}: words normalised otherwise
     * would map to other ids or terms without any error.
     *
     * @param what what to refit, e.g. "vocabulary", for the message
     */
    static void checkNormalizer(JsonNode root, Path file, String what) {
        String normalizer = field(root, "normalizer", file).asText();
        if (!TextEncoder.NORMALIZER.equals(normalizer)) {
            throw new TextException(file + " was built with normaliser '" + normalizer + "', this code has '"
                    + TextEncoder.NORMALIZER + "': refit the " + what);
        }
    }

    /** The field {@code name} of a read file, which must exist. */
    static JsonNode field(JsonNode root, String name, Path file) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw new TextException(file + " lacks the field '" + name + "'");
        }
        return node;
    }
}
