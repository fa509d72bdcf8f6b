package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.Shared;

class PmemoTest {

    @Test
    void loadsTheFourSamplesOnTheMinusOneToOneScale() {
        VaDataset d = Pmemo.load(Shared.path("datasets/pmemo-samples"));
        assertEquals(4, d.pieces().size());
        assertTrue(d.skipped().isEmpty(), d.skipped().toString());
        VaPiece p = d.pieces().getFirst();
        assertEquals("108", p.id());
        assertEquals("This Is What You Came For", p.title());
        assertEquals(68, p.steps());
        assertEquals(15.0, p.boundaries()[0], 1e-12);
        assertEquals(2 * 0.7834 - 1, p.valence()[0], 1e-12);
    }

    @Test
    void aStringDynamicFieldParsesAndBadSeriesAreListed(@TempDir Path dir) throws Exception {
        Path mp3 = Shared.path("datasets/pmemo-samples/108.mp3");
        Files.copy(mp3, dir.resolve("1.mp3"));
        Files.copy(mp3, dir.resolve("2.mp3"));
        Files.writeString(dir.resolve("1.json"),
                "{\"id\": 1,\n \"dynamic\": \"{'t': [15.5, 16.0], 'v': [0.5, 1.0], 'a': [0, 0.25]}\"}");
        Files.writeString(dir.resolve("2.json"), "{\"id\": 2,\n \"dynamic\": {\"t\": [15.5, 16.0],\n"
                + " \"v\": [0.5], \"a\": [0, 0.25]}}");
        Files.writeString(dir.resolve("3.json"), "{\"id\": 3, \"dynamic\": {\"t\": [1], \"v\": [1], \"a\": [1]}}");
        VaDataset d = Pmemo.load(dir);
        assertEquals(1, d.pieces().size());
        assertEquals(-0.5, d.pieces().getFirst().arousal()[1], 1e-12);
        assertTrue(d.skipped().contains(dir.resolve("2.json") + ":2: 2 times, 1 valence and 2 arousal values"),
                d.skipped().toString());
        assertTrue(d.skipped().contains(dir.resolve("3.json") + ":1: no audio file 3.*"), d.skipped().toString());
    }
}
