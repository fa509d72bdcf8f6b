package org.merlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadedDatasetTest {

    @TempDir
    Path tmp;

    /** Ids 1-3 classical, 101-102 rock, 201 electronic: an unbalanced toy dataset. */
    private LoadedDataset<EmotifyTrack> toy() throws IOException {
        String[] ids = {"1,classical", "2,classical", "3,classical", "101,rock", "102,rock", "201,electronic"};
        String[] rows = new String[ids.length + 1];
        rows[0] = "track id, genre, amazement, solemnity, tenderness, nostalgia, calmness, power, joyful_activation, "
                + "tension, sadness, emotion";
        for (int i = 0; i < ids.length; i++) {
            rows[i + 1] = ids[i] + ",0.5,0,0,0,0,0,0,0,0, amazement";
        }
        Fixtures.lines(tmp, Emotify.AGGREGATED_FILE, "\n", rows);
        for (String audio : List.of("classical/1.mp3", "classical/2.mp3", "classical/3.mp3", "rock/1.mp3",
                "rock/2.mp3", "electronic/1.mp3")) {
            Fixtures.touch(tmp, audio);
        }
        return Emotify.loadDirectory(tmp);
    }

    private static List<String> ids(LoadedDataset<EmotifyTrack> ds) {
        return ds.tracks().stream().map(EmotifyTrack::id).toList();
    }

    @Test
    void limitTakesGenresInTurnAndKeepsDatasetOrder() throws IOException {
        LoadedDataset<EmotifyTrack> ds = toy();
        assertEquals(List.of("1", "101", "201"), ids(ds.limit(3)));
        assertEquals(List.of("1", "2", "101", "102", "201"), ids(ds.limit(5)));
        assertSame(ds, ds.limit(0));
        assertSame(ds, ds.limit(6));
        assertThrows(IllegalArgumentException.class, () -> ds.limit(-1));
    }

    @Test
    void summaryCountsTracksWithAndWithoutAudio() {
        LoadedDataset<EmotifyTrack> ds = new LoadedDataset<>("emotify", List.of(), List.of("7", "8"));
        assertEquals("emotify: 0 tracks with audio, 2 annotated tracks without", ds.summary());
    }
}
