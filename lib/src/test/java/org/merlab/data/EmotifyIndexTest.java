package org.merlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.WavWriter;
import org.merlab.io.Sha256;
import org.merlab.notebook.Params;
import org.merlab.testing.Shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmotifyIndexTest {

    private static final String HEADER = "track id, genre, amazement, solemnity, tenderness, nostalgia, "
            + "calmness, power, joyful_activation, tension, sadness,emotion";

    @TempDir
    Path dir;

    @Test
    void indexesTheAnnotationsThenEachTrackAndListsWhatKeepsItIncomplete() throws IOException {
        Fixtures.lines(dir, "emotions.csv", "\n", HEADER,
                "1,classical,0,0,0,0,0.9,0,0,0,0.2, calmness",
                "2,classical,0,0,0,0,0.9,0,0,0,0.2, calmness",
                "101,rock,0,0,0,0,0,0.8,0,0,0, power");
        Files.createDirectories(dir.resolve("classical"));
        WavWriter.writeMono16(dir.resolve("classical/1.wav"), new float[22050 * 3 / 2], 22050);
        Path broken = Files.write(dir.resolve("classical/2.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        List<Path> seen = new ArrayList<>();

        EmotifyIndex.Built built = EmotifyIndex.build(dir, seen::add);

        assertEquals(List.of(dir.resolve("classical/1.wav"), broken), seen);
        assertEquals(List.of("101"), built.missingAudio());
        assertEquals(1, built.undecodable().size());
        assertEquals(broken, built.undecodable().get(0).file());
        assertTrue(built.undecodable().get(0).reason().contains(broken.toString()), built.undecodable().toString());
        assertFalse(built.complete());
        List<DatasetIndex.Entry> e = built.index().entries();
        assertEquals(List.of("emotions.csv", "classical/1.wav", "classical/2.mp3"),
                e.stream().map(DatasetIndex.Entry::path).toList());
        assertEquals(Files.size(dir.resolve("emotions.csv")), e.get(0).bytes());
        assertEquals(OptionalInt.empty(), e.get(0).trackId());
        assertEquals(new DatasetIndex.Entry("classical/1.wav", OptionalInt.of(1),
                Files.size(dir.resolve("classical/1.wav")), Sha256.ofFile(dir.resolve("classical/1.wav")),
                OptionalDouble.of(1.5)), e.get(1));
        assertEquals(OptionalDouble.empty(), e.get(2).seconds(), "an undecodable file has no duration");
    }

    /**
     * Two tracks of the development subset (the 35 s classical/40 and a full-length one) indexed afresh give the very
     * lines of the committed index: its sizes, hashes and decoded durations are reproducible from the files.
     */
    @Test
    void committedIndexLinesAreWhatIndexingTheFilesGives() throws IOException {
        Path dev = Shared.path("datasets/emotify-dev");
        Files.copy(dev.resolve("emotions.csv"), dir.resolve("emotions.csv"));
        for (String track : List.of("classical/40.mp3", "rock/47.mp3")) {
            Files.createDirectories(dir.resolve(track).getParent());
            Files.copy(dev.resolve(track), dir.resolve(track));
        }

        EmotifyIndex.Built built = EmotifyIndex.build(dir, file -> { });

        assertEquals(398, built.missingAudio().size());
        assertEquals(List.of(), built.undecodable());
        List<String> committed = Files.readAllLines(Params.repoRoot().resolve(EmotifyIndex.DEFAULT));
        List<String> fresh = built.index().toTsv().lines().toList();
        assertEquals(4, fresh.size());
        for (String line : fresh) {
            assertTrue(committed.contains(line), "not in the committed index: " + line);
        }
        assertTrue(fresh.get(2).startsWith("classical/40.mp3\t40\t"), fresh.get(2));
    }
}
