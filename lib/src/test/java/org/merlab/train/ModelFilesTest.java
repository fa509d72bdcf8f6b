package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.models.CnnLstm;

class ModelFilesTest {

    @TempDir
    Path dir;

    @Test
    void roundTripGivesIdenticalPredictions() throws IOException {
        var net = CnnLstm.builder().nClasses(9).seed(2).build();
        double[][] x = TinyNets.noise(64, 28, new Random(6));
        Path file = dir.resolve("models/cnn-lstm.zip");
        ModelFiles.save(net, file);
        var loaded = ModelFiles.load(file);
        assertEquals(net.params(), loaded.params());
        assertArrayEquals(Trainer.predictProba(net, x), Trainer.predictProba(loaded, x));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void savingReplacesAnExistingFileAndKeepsTheUpdaterState() throws IOException {
        var rng = new Random(1);
        double[][] x = TinyNets.noise(32, 6, rng);
        int[] y = TinyNets.randomLabels(32, 3, rng);
        var trained = Trainer.fit(TinyNets.mlp(6, 3, 1), x, y, x, y, TrainConfig.defaults().withEpochs(2), 1,
                s -> { }).net();
        Path file = dir.resolve("mlp.zip");
        ModelFiles.save(TinyNets.mlp(6, 3, 9), file);
        ModelFiles.save(trained, file);
        var loaded = ModelFiles.load(file);
        assertEquals(trained.params(), loaded.params());
        assertEquals(trained.getUpdater().getStateViewArray(), loaded.getUpdater().getStateViewArray());
    }

    @Test
    void missingOrForeignFilesAreNamed() throws IOException {
        Path missing = dir.resolve("absent.zip");
        var e = assertThrows(IOException.class, () -> ModelFiles.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a model");
        e = assertThrows(IOException.class, () -> ModelFiles.load(text));
        assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
    }

    @Test
    void graphsRoundTripAndForeignFilesAreNamed() throws IOException {
        var graph = org.merlab.models.TextLstm.defaults(20, 3).withShape(4, 3, 1).build(5);
        Path file = dir.resolve("graphs/lstm.zip");
        ModelFiles.save(graph, file);
        var loaded = ModelFiles.loadGraph(file);
        assertEquals(graph.params(), loaded.params());
        var x = Examples.tokens(new int[][] {{2, 3, 4}, {5}}, null, 3, 10);
        assertArrayEquals(Trainer.predict(graph, x), Trainer.predict(loaded, x));
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a model");
        var e = assertThrows(IOException.class, () -> ModelFiles.loadGraph(text));
        assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
        assertThrows(IOException.class, () -> ModelFiles.loadGraph(dir.resolve("absent.zip")));
    }
}
