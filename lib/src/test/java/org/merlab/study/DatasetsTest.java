package org.merlab.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.EmbeddedCorpus;
import org.merlab.data.Emotify;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.LoadedDataset;
import org.merlab.data.SyntheticEmotify;
import org.merlab.notebook.Params;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatasetsTest {

    @TempDir
    Path tmp;

    /** Ids 1-3 classical, 101-102 rock, 201 electronic: an unbalanced toy dataset. */
    private LoadedDataset<EmotifyTrack> toy() throws IOException {
        StringBuilder csv = new StringBuilder("track id, genre, amazement, solemnity, tenderness, nostalgia, calmness,"
                + " power, joyful_activation, tension, sadness, emotion\n");
        for (String id : List.of("1,classical", "2,classical", "3,classical", "101,rock", "102,rock", "201,electronic")) {
            csv.append(id).append(",0.5,0,0,0,0,0,0,0,0, amazement\n");
        }
        Files.writeString(tmp.resolve(Emotify.AGGREGATED_FILE), csv);
        for (String audio : List.of("classical/1.mp3", "classical/2.mp3", "classical/3.mp3", "rock/1.mp3",
                "rock/2.mp3", "electronic/1.mp3")) {
            Files.createDirectories(tmp.resolve(audio).getParent());
            Files.write(tmp.resolve(audio), new byte[0]);
        }
        return Emotify.loadDirectory(tmp);
    }

    private static List<String> ids(LoadedDataset<EmotifyTrack> ds) {
        return ds.tracks().stream().map(EmotifyTrack::id).toList();
    }

    @Test
    void realDataIsNamedAfterItsFolderAndLimited() throws IOException {
        toy();
        Params p = Params.from(Map.of("MERLAB_DATA", tmp.toString(), "MERLAB_LIMIT", "4"));
        LoadedDataset<EmotifyTrack> ds = Datasets.emotify(p, tmp.resolve("unused"));
        assertEquals(tmp.getFileName().toString(), ds.name());
        assertEquals(List.of("1", "2", "101", "201"), ids(ds));
        assertEquals(tmp.toAbsolutePath().normalize(), Datasets.root(p, tmp.resolve("unused")));
    }

    @Test
    void defaultIsTheEmbeddedCorpusAtSmokeSizeInSmokeMode() {
        LoadedDataset<EmotifyTrack> ds = Datasets.emotify(Params.from(Map.of("MERLAB_SMOKE", "1")), tmp);
        assertEquals(EmbeddedCorpus.NAME, ds.name());
        assertEquals(Datasets.SMOKE_LIMIT, ds.tracks().size());
        assertEquals(4, ds.tracks().stream().map(EmotifyTrack::genre).distinct().count());
        LoadedDataset<EmotifyTrack> all = Datasets.emotify(Params.from(Map.of("MERLAB_SMOKE", "1",
                "MERLAB_LIMIT", "100")), tmp);
        assertEquals(SyntheticEmotify.Options.SMOKE.tracks(), all.tracks().size());
        Path root = Datasets.root(Params.from(Map.of("MERLAB_SMOKE", "1")), tmp);
        assertEquals(root, ds.tracks().getFirst().audio().getParent().getParent(), "the corpus the tracks come from");
    }
}
