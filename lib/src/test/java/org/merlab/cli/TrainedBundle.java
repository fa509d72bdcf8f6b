package org.merlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.merlab.data.SyntheticEmotify;
import org.merlab.io.AtomicFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One {@code merlab train} run per test JVM, shared by the train and predict tests: the paper's CNN-LSTM for one
 * epoch on a 72-track synthetic corpus of 2 s tracks in 1 s segments (the smoke corpus's track count, a third of its
 * length), written as a zip. Deleted when the JVM exits.
 */
final class TrainedBundle {

    /** The smoke corpus's 72 tracks (enough per label for a 70/15/15 split by track) at 2 s each. */
    static final SyntheticEmotify.Options CORPUS = new SyntheticEmotify.Options(20_260_401L, 2, 2, 15, 30);

    private static TrainedBundle instance;

    final Path root;
    final Path data;
    final Path bundle;
    final CliRun run = new CliRun();
    final int exitCode;

    private TrainedBundle() throws IOException {
        root = Files.createTempDirectory("merlab-train-test");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                AtomicFiles.deleteTree(root);
            } catch (IOException ignored) {
                // A temp folder left behind is harmless.
            }
        }));
        data = root.resolve("corpus");
        assertEquals(72, SyntheticEmotify.generate(data, CORPUS).tracks());
        bundle = root.resolve("model.zip");
        exitCode = run.execute("train", "--data", data.toString(), "--root", root.toString(), "--out",
                bundle.toString(), "--epochs", "1", "--segment-seconds", "1", "--seed", "3");
    }

    static synchronized TrainedBundle get() {
        if (instance == null) {
            try {
                instance = new TrainedBundle();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }
}
