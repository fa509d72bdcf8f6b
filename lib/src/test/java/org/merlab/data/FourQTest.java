package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FourQTest {

    @TempDir
    Path dir;

    private Path annotations(String... rows) throws IOException {
        String[] lines = new String[rows.length + 1];
        lines[0] = "Song,Quadrant";
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return Fixtures.lines(dir, FourQ.ANNOTATIONS, "\r\n", lines);
    }

    private void touch(String relative) throws IOException {
        Fixtures.touch(dir, relative);
    }

    @Test
    void crlfAnnotationsWithQuotedMetadataAndMissingAudio() throws IOException {
        annotations("MT1,Q2", "MT2,Q4", "MT3,Q1");
        Files.writeString(dir.resolve(FourQ.METADATA), """
                "Song","Artist","Quadrant","GenresStr"\r
                "MT1","Smith, Jo","Q2","Pop/Rock; Vocal"\r
                "MT2","Céline ""C"" D","Q4","Children's"\r
                """);
        touch("Q2/MT1.mp3");
        touch("Q4/MT2.wav");
        touch("Q1/MT3.txt");

        LoadedDataset<FourQClip> d = FourQ.load(dir);

        assertEquals(List.of("MT3"), d.missingAudio());
        assertEquals(List.of(new FourQClip("MT1", "Pop/Rock", dir.resolve("Q2/MT1.mp3"), Quadrant.Q2),
                new FourQClip("MT2", "Children's", dir.resolve("Q4/MT2.wav"), Quadrant.Q4)), d.tracks());
        assertEquals("Q2", d.tracks().get(0).label());
    }

    @Test
    void withoutMetadataGenreIsEmpty() throws IOException {
        annotations("MT1,Q3");
        touch("Q3/MT1.mp3");
        assertEquals("", FourQ.load(dir).tracks().get(0).genre());
    }

    @Test
    void unknownQuadrantFails() throws IOException {
        Path file = annotations("MT1,Q2", "MT2,Q5");
        DatasetException e = assertThrows(DatasetException.class, () -> FourQ.load(dir));
        assertEquals(file + ":3: unknown quadrant 'Q5'", e.getMessage());
    }

    @Test
    void duplicateSongFails() throws IOException {
        Path file = annotations("MT1,Q2", "MT1,Q2");
        DatasetException e = assertThrows(DatasetException.class, () -> FourQ.load(dir));
        assertEquals(file + ":3: duplicate song MT1 (first on line 2)", e.getMessage());
    }

    @Test
    void missingColumnFails() throws IOException {
        Path file = dir.resolve(FourQ.ANNOTATIONS);
        Files.writeString(file, "Song,Label\r\nMT1,Q1\r\n");
        DatasetException e = assertThrows(DatasetException.class, () -> FourQ.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":1: missing column 'Quadrant'"), e.getMessage());
    }

    @Test
    void metadataQuadrantMustAgree() throws IOException {
        Path file = annotations("MT1,Q2");
        Fixtures.lines(dir, FourQ.METADATA, "\r\n", "\"Song\",\"Quadrant\",\"GenresStr\"", "\"MT1\",\"Q3\",\"Rap\"");
        DatasetException e = assertThrows(DatasetException.class, () -> FourQ.load(dir));
        assertEquals(file + ":2: song MT1 is Q2 here but Q3 in " + FourQ.METADATA, e.getMessage());
    }

    @Test
    void sharedSubsetHas80ClipsTwentyPerQuadrant() {
        Path root = Shared.path("datasets/4q-dev");
        LoadedDataset<FourQClip> d = FourQ.load(root);
        assertEquals(80, d.tracks().size());
        assertEquals(List.of(), d.missingAudio());
        for (Quadrant q : Quadrant.values()) {
            assertEquals(20, d.tracks().stream().filter(c -> c.quadrant() == q).count(), q.name());
        }
        FourQClip first = d.tracks().get(0);
        assertEquals(new FourQClip("MT0000762097", "Holiday", root.resolve("Q4/MT0000762097.mp3"), Quadrant.Q4), first);
        assertTrue(d.tracks().stream().noneMatch(c -> c.genre().isEmpty()));
        CsvTable manifest = CsvTable.read(root.resolve("MANIFEST.tsv"), '\t', StandardCharsets.UTF_8);
        Map<String, Path> expected = new HashMap<>();
        for (CsvTable.Row row : manifest.rows()) {
            expected.put(manifest.text(row, manifest.column("song")), root.resolve(manifest.text(row, 0)));
        }
        Map<String, Path> loaded = new HashMap<>();
        d.tracks().forEach(c -> loaded.put(c.id(), c.audio()));
        assertEquals(expected, loaded);
    }
}
