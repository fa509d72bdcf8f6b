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
