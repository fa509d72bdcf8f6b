package org.merlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/** Saving and loading trained networks with DL4J's {@link ModelSerializer} (a zip of configuration and parameters). */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Writes {@code net} with its updater state (so training can resume) to {@code file} atomically: to a temporary
     * file beside it, then renamed, so a reader never sees a half-written model.
     */
    public static void save(MultiLayerNetwork net, Path file) throws IOException {
        write(net, file);
    }

    /** {@link #save(MultiLayerNetwork, Path)} for a computation graph. */
    public static void save(ComputationGraph net, Path file) throws IOException {
        write(net, file);
    }

    private static void write(org.deeplearning4j.nn.api.Model net, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            ModelSerializer.writeModel(net, tmp.toFile(), true);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a network written by {@link #save}, with its updater state.
     *
     * @throws IOException naming {@code file} if it is missing or not a DL4J multi-layer network
     */
    public static MultiLayerNetwork load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no model file at " + file);
        }
        try {
            return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a DL4J network file: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a computation graph written by {@link #save(ComputationGraph, Path)}, with its updater state.
     *
     * @throws IOException naming {@code file} if it is missing or not a DL4J computation graph
     */
    public static ComputationGraph loadGraph(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no model file at " + file);
        }
        try {
            return ModelSerializer.restoreComputationGraph(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a DL4J computation graph file: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@code net} as the bytes {@link #save} would write, without updater state: what a network that will only
     * predict needs (the updater state of RMSprop doubles the size).
     */
    public static byte[] toBytes(MultiLayerNetwork net) {
        return bytesOf(net);
    }

    /** {@link #toBytes(MultiLayerNetwork)} for a computation graph. */
    public static byte[] toBytes(ComputationGraph net) {
        return bytesOf(net);
    }

    private static byte[] bytesOf(org.deeplearning4j.nn.api.Model net) {
        var bytes = new ByteArrayOutputStream();
        try {
            ModelSerializer.writeModel(net, bytes, false);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a network from the bytes of {@link #toBytes} or of a {@link #save}d file.
     *
     * @param name what the bytes are, for the error message
     * @throws IOException naming {@code name} if the bytes are not a DL4J multi-layer network
     */
    public static MultiLayerNetwork fromBytes(byte[] bytes, String name) throws IOException {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a DL4J network: " + name + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a computation graph from the bytes of {@link #toBytes(ComputationGraph)}.
     *
     * @param name what the bytes are, for the error message
     * @throws IOException naming {@code name} if the bytes are not a DL4J computation graph
     */
    public static ComputationGraph graphFromBytes(byte[] bytes, String name) throws IOException {
        try {
            return ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(bytes), false);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a DL4J computation graph: " + name + " (" + e.getMessage() + ")", e);
        }
    }
}
