package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.Shared;

class DeamCsvTest {

    @Test
    void loadsTheTenEmoMusicSongsWithAudio() {
        VaDataset d = DeamCsv.load(Shared.path("datasets/emomusic"), DeamCsv.EMOMUSIC);
        assertEquals(10, d.pieces().size());
        assertEquals(1, d.skipped().size(), d.skipped().toString());
        assertTrue(d.skipped().getFirst().contains("no audio for 734 annotated songs"), d.skipped().toString());
        VaPiece two = d.pieces().stream().filter(p -> p.id().equals("2")).findFirst().orElseThrow();
        assertEquals(61, two.steps(), "15 s to 45 s at 2 Hz");
        assertEquals(14.5, two.boundaries()[0], 1e-12);
        assertEquals(45.0, two.end(), 1e-12);
        assertEquals(-0.109387732373192, two.arousal()[0], 1e-15);
        assertEquals(-0.0733412307857912, two.valence()[0], 1e-15);
        assertTrue(two.arousalSd()[0] > 0, "the listeners' spread is read");
    }

    @Test
    void emoMusicSongsAreGroupedByTheirArtist() {
        VaDataset d = DeamCsv.load(Shared.path("datasets/emomusic"), DeamCsv.EMOMUSIC);
        var groups = new java.util.TreeMap<String, java.util.List<String>>();
        d.pieces().forEach(p -> groups.computeIfAbsent(p.group(), g -> new java.util.ArrayList<>()).add(p.id()));
        assertEquals(6, groups.size(), groups.toString());
        assertEquals(java.util.List.of("3", "4", "7", "8"), groups.get("artist:kevin macleod"), groups.toString());
        assertEquals(java.util.List.of("5", "13"), groups.get("artist:my bubba & mi"), groups.toString());
    }

    @Test
    void readsTheDeamArchiveLayoutWithItsMetadataArtists(@TempDir Path root) throws Exception {
        Path dynamic = Files.createDirectories(root.resolve(DeamCsv.DEAM_DYNAMIC));
        Files.writeString(dynamic.resolve("arousal.csv"), "song_id, sample_15000ms, sample_15500ms, sample_16000ms\n"
                + "10,0.1,0.2,\n11,0.1,0.2,0.3\n12,0.4,0.5,0.6\n");
        Files.writeString(dynamic.resolve("valence.csv"), "song_id,sample_15000ms,sample_15500ms\n"
                + "10,0.5,0.6\n11,0.5,0.6\n12,0.7,0.8\n");
        Files.createDirectories(root.resolve("MEMD_audio"));
        for (String id : new String[] {"10", "11", "12"}) {
            Files.copy(Shared.path("datasets/emomusic/audio/2.mp3"), root.resolve("MEMD_audio/" + id + ".mp3"));
        }
        Path metadata = Files.createDirectories(root.resolve("metadata"));
        Files.writeString(metadata.resolve("metadata_2014.csv"), "Id,Artist,Track\n10,  The  Band ,a\n11,the band,b\n");
        Files.writeString(metadata.resolve("other.csv"), "song_id,Genre\n12,Pop\n");
        VaDataset d = DeamCsv.load(root, DeamCsv.DEAM);
        assertEquals(3, d.pieces().size(), d.skipped().toString());
        assertEquals("artist:the band", d.pieces().get(0).group());
        assertEquals("artist:the band", d.pieces().get(1).group());
        assertEquals("song:12", d.pieces().get(2).group(), "no artist known: the song is its own group");
        assertEquals(2, d.pieces().get(1).steps(), "arousal's extra step is dropped: valence ends first");
        assertArrayEquals(new double[] {0.0, 0.0}, d.pieces().get(0).valenceSd(), "DEAM's averages have no spread");
        assertTrue(d.skipped().contains(metadata.resolve("other.csv")
                + ": no id and artist columns; its songs are grouped by song"), d.skipped().toString());
        assertTrue(d.skipped().contains(dynamic.resolve("arousal.csv") + ": 2 songs rated longer in one dimension"
                + " than the other; kept the steps both have (11, 12)"), d.skipped().toString());
    }

    @Test
    void aFolderOfNeitherLayoutIsRefusedNamingIt(@TempDir Path root) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> DeamCsv.load(root, DeamCsv.DEAM));
        assertTrue(e.getMessage().startsWith(root + ": neither an emoMusic copy"), e.getMessage());
    }

    private static Path copy(Path dir, String arousal, String valence) throws Exception {
        Files.createDirectories(dir.resolve("annotations"));
        Files.createDirectories(dir.resolve("audio"));
        Files.writeString(dir.resolve("annotations/arousal_cont_average.csv"), arousal);
        Files.writeString(dir.resolve("annotations/valence_cont_average.csv"), valence);
        for (String id : new String[] {"1", "2", "3"}) {
            Files.copy(Shared.path("datasets/emomusic/audio/2.mp3"), dir.resolve("audio/" + id + ".mp3"));
        }
        return dir;
    }

    @Test
    void trailingEmptyCellsEndASongAndHolesSkipItNamingTheLine(@TempDir Path dir) throws Exception {
        String header = "song_id,sample_15000ms,sample_15500ms,sample_16000ms\n";
        Path root = copy(dir, header + "1,0.1,0.2,\n2,0.1,,0.3\n3,0.1,0.2,0.3\n",
                header + "1,0.5,0.6,\n2,0.1,0.2,0.3\n3,0.1,NaN,0.3\n");
        VaDataset d = DeamCsv.load(root, "t");
        assertEquals(1, d.pieces().size());
        assertArrayEquals(new double[] {0.1, 0.2}, d.pieces().getFirst().arousal(), 1e-12);
        assertArrayEquals(new double[] {14.5, 15.0, 15.5}, d.pieces().getFirst().boundaries(), 1e-12);
        Path a = root.resolve("annotations/arousal_cont_average.csv");
        Path v = root.resolve("annotations/valence_cont_average.csv");
        assertTrue(d.skipped().contains(a + ":3: song 2: empty cell before column 'sample_16000ms'"),
                d.skipped().toString());
        assertTrue(d.skipped().contains(v + ":4: song 3: value NaN in column 'sample_15500ms'"),
                d.skipped().toString());
    }
}
