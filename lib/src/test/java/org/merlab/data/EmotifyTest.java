package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmotifyTest {

    private static final String AGGREGATED_HEADER = "track id, genre, amazement, solemnity, tenderness, nostalgia, "
            + "calmness, power, joyful_activation, tension, sadness,emotion";

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Fixtures.lines(dir, name, "\n", lines);
    }

    private void touch(String relative) throws IOException {
        Fixtures.touch(dir, relative);
    }

    @Test
    void officialLayoutIsAggregatedPerTrack() throws IOException {
        write("data.csv", Emotify.OFFICIAL_HEADER,
                "1,classical,0,0,1,0,1,0,0,0,0,3,1,0,25,0,Dutch",
                "1,classical,0,0,0,0,1,0,0,0,1,4,0,0,31,1,English",
                "1,classical,1,0,0,0,0,0,0,0,0,2,0,1,40,1,Dutch",
                "1,classical,0,0,1,0,1,0,0,0,0,5,1,0,19,0,Russian",
                "147,rock,0,0,0,0,0,1,1,0,0,3,1,0,22,0,Dutch",
                "147,rock,0,0,0,0,0,1,1,0,0,3,1,0,23,1,Dutch",
                "205,electronic,0,0,0,0,0,0,0,1,0,3,0,0,50,0,German");
        touch("classical/1.mp3");
        touch("rock/47.wav");

        LoadedDataset<EmotifyTrack> d = Emotify.loadDirectory(dir);

        assertEquals(List.of("205"), d.missingAudio());
        assertEquals(2, d.tracks().size());
        EmotifyTrack t1 = d.tracks().get(0);
        assertEquals(1, t1.trackId());
        assertEquals("classical", t1.genre());
        assertEquals(dir.resolve("classical/1.mp3"), t1.audio());
        assertEquals(4, t1.participants());
        assertArrayEquals(new double[] {0.25, 0, 0.5, 0, 0.75, 0, 0, 0, 0.25}, t1.fractions());
        assertEquals(Gems.CALMNESS, t1.dominant());
        assertEquals(Optional.empty(), t1.statedDominant());
        EmotifyTrack t147 = d.tracks().get(1);
        assertEquals(dir.resolve("rock/47.wav"), t147.audio());
        assertEquals(2, t147.participants());
        // power and joyful_activation tie at 1.0: the first in GEMS order wins
        assertEquals(Gems.POWER, t147.dominant());
        assertEquals("power", t147.label());
    }

    @Test
    void aggregatedLayoutKeepsSharesAndTheFilesOwnEmotion() throws IOException {
        write("emotions.csv", AGGREGATED_HEADER,
                "2,classical,0.1,0.2,0.4,0.3,0.7,0.0,0.0,0.0,0.1, calmness",
                "301,pop,0.0,0.5,0.0,0.0,0.0,0.0,0.0,0.0,0.5, sadness");
        touch("classical/2.mp3");
        touch("pop/1.ogg");

        LoadedDataset<EmotifyTrack> d = Emotify.loadDirectory(dir);

        assertEquals(List.of(), d.missingAudio());
        EmotifyTrack t2 = d.tracks().get(0);
        assertEquals(0, t2.participants());
        assertEquals(0.4, t2.fraction(Gems.TENDERNESS));
        assertEquals(Gems.CALMNESS, t2.dominant());
        EmotifyTrack t301 = d.tracks().get(1);
        assertEquals(dir.resolve("pop/1.ogg"), t301.audio());
        assertEquals(Gems.SOLEMNITY, t301.dominant());
        assertEquals(Optional.of(Gems.SADNESS), t301.statedDominant());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing column  | track id, genre, amazement, solemnity | 1,classical,0,0 | 1 | missing column 'tenderness'",
        "bad number      | $H | 1,classical,0.1,x,0,0,0,0,0,0,0, calmness | 2 | bad number 'x' in column 'solemnity'",
        "share above one | $H | 1,classical,1.5,0,0,0,0,0,0,0,0, calmness | 2 | outside [0, 1]",
        "bad id          | $H | one,classical,0,0,0,0,0,0,0,0,0, calmness | 2 | bad integer 'one' in column 'track id'",
        "unknown genre   | $H | 1,jazz,0,0,0,0,0,0,0,0,0, calmness | 2 | unknown genre 'jazz'",
        "genre vs id     | $H | 147,pop,0,0,0,0,0,0,0,0,0, calmness | 2 | track id 147 is in the rock range",
        "id out of range | $H | 401,pop,0,0,0,0,0,0,0,0,0, calmness | 2 | track id 401 is outside 1-400",
        "unknown emotion | $H | 1,classical,0,0,0,0,0,0,0,0,0, joy | 2 | unknown emotion 'joy'",
        "field count     | $H | 1,classical,0,0,0,0,0,0,0,0, calmness | 2 | expected 12 fields as in the header",
    })
    void malformedAggregatedFileFailsWithFileLineAndReason(String name, String header, String row, int line,
                                                           String reason) throws IOException {
        Path file = write("emotions.csv", header.equals("$H") ? AGGREGATED_HEADER : header, row);
        DatasetException e = assertThrows(DatasetException.class, () -> Emotify.loadDirectory(dir));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void duplicateIdInAggregatedFileFails() throws IOException {
        Path file = write("emotions.csv", AGGREGATED_HEADER,
                "3,classical,0,0,0,0,1,0,0,0,0, calmness",
                "4,classical,0,0,0,0,1,0,0,0,0, calmness",
                "3,classical,0,0,0,0,1,0,0,0,0, calmness");
        DatasetException e = assertThrows(DatasetException.class, () -> Emotify.loadDirectory(dir));
        assertEquals(file + ":4: duplicate track id 3 (first on line 2)", e.getMessage());
    }

    @Test
    void nonBinaryChoiceInOfficialFileFails() throws IOException {
        Path file = write("data.csv", Emotify.OFFICIAL_HEADER,
                "1,classical,0,0,1,0,1,0,0,0,0,3,1,0,25,0,Dutch",
                "1,classical,0,0,2,0,1,0,0,0,0,3,1,0,25,0,Dutch");
        DatasetException e = assertThrows(DatasetException.class, () -> Emotify.loadDirectory(dir));
        assertEquals(file + ":3: choice 2 of tenderness must be 0 or 1", e.getMessage());
    }

    @Test
    void officialFileWithoutParticipantColumnsFails() throws IOException {
        Path file = write("data.csv", Emotify.OFFICIAL_HEADER.replace(", mother tongue", ""),
                "1,classical,0,0,1,0,1,0,0,0,0,3,1,0,25,0");
        DatasetException e = assertThrows(DatasetException.class, () -> Emotify.loadDirectory(dir));
        assertTrue(e.getMessage().startsWith(file + ":1: missing column 'mother tongue'"), e.getMessage());
    }

    @Test
    void absentAnnotationFileFailsNamingIt() {
        DatasetException e = assertThrows(DatasetException.class, () -> Emotify.loadDirectory(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("emotions.csv") + ": cannot read"), e.getMessage());
    }

    @Test
    void sharedSubsetHas120TracksWithAudioAnd280Without() {
        Path root = Shared.path("datasets/emotify-dev");
        LoadedDataset<EmotifyTrack> d = Emotify.loadDirectory(root);
        assertEquals(120, d.tracks().size());
        assertEquals(280, d.missingAudio().size());
        assertEquals("emotify: 120 tracks with audio, 280 annotated tracks without", d.summary());
        assertEquals(root.resolve("rock/47.mp3"), d.tracks().stream()
                .filter(t -> t.trackId() == 147).findFirst().orElseThrow().audio());
        for (String genre : List.of("classical", "rock", "electronic", "pop")) {
            assertEquals(30, d.tracks().stream().filter(t -> t.genre().equals(genre)).count(), genre);
        }
        // the subset's MANIFEST.tsv lists exactly the tracks with audio, with their dominant emotion
        CsvTable manifest = CsvTable.read(root.resolve("MANIFEST.tsv"), '\t', StandardCharsets.UTF_8);
        Map<String, String> expected = new HashMap<>();
        for (CsvTable.Row row : manifest.rows()) {
            String id = manifest.text(row, manifest.column("track_id"));
            expected.put(id, manifest.text(row, manifest.column("emotion")));
        }
        Map<String, String> loaded = new HashMap<>();
        d.tracks().forEach(t -> loaded.put(t.id(), t.label()));
        assertEquals(expected, loaded);
    }

    /**
     * The file's own {@code emotion} column against the GEMS-order tie rule, over all 400 rows: audio stand-ins are
     * created for every track so that none is skipped.
     */
    @Test
    void sharedEmotionColumnAgreesWithTheTieRule() throws IOException {
        Path file = Shared.path("datasets/emotify-dev/emotions.csv");
        for (EmotifyGenre g : EmotifyGenre.values()) {
            for (int n = 1; n <= EmotifyGenre.TRACKS_PER_GENRE; n++) {
                touch(g.audioStem(g.trackId(n)) + ".wav");
            }
        }
        List<EmotifyTrack> tracks = Emotify.load(file, dir, Emotify.NAME).tracks();
        assertEquals(400, tracks.size());
        int disagreements = 0;
        int ties = 0;
        for (EmotifyTrack t : tracks) {
            Gems stated = t.statedDominant().orElseThrow();
            double max = t.fraction(t.dominant());
            ties += Arrays.stream(t.fractions()).filter(f -> f == max).count() > 1 ? 1 : 0;
            if (stated != t.dominant()) {
                disagreements++;
                assertEquals(max, t.fraction(stated), "track " + t.trackId() + ": stated emotion is not a maximum");
            }
        }
        System.out.printf("emotions.csv: %d of 400 rows tie, %d disagree with the GEMS-order rule%n",
                ties, disagreements);
        assertEquals(57, ties);
        // measured: the file resolves all 57 ties as the GEMS-order rule does (first maximum in column order)
        assertEquals(0, disagreements);
    }
}
