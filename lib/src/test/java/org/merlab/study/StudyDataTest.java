package org.merlab.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.EmbeddedCorpus;
import org.merlab.data.EmotifyTrack;
import org.merlab.data.Gems;
import org.merlab.testing.ToneTracks;
import org.merlab.data.LoadedDataset;
import org.merlab.features.PaperFeatures;
import org.merlab.notebook.Params;
import org.merlab.prep.Samples;

class StudyDataTest {

    @TempDir
    Path tmp;

    /** A 2 s tone per track; the dominant emotion is the one given a share of 0.5. */
    private EmotifyTrack track(int id, Gems dominant, double hz) throws Exception {
        return ToneTracks.write(tmp, id, dominant, hz, hz);
    }

    @Test
    void segmentsGiveOneRowPerSegmentLabelledWithThePresentClassesAndSkipBadAudio() throws Exception {
        EmotifyTrack a = track(1, Gems.SADNESS, 220);
        EmotifyTrack b = track(2, Gems.CALMNESS, 440);
        Path broken = Files.write(tmp.resolve("3.wav"), new byte[] {1, 2, 3});
        EmotifyTrack c = new EmotifyTrack(3, "classical", broken, a.fractions(), Gems.SADNESS, 0, Optional.empty());
        StudyData data = new StudyData(new LoadedDataset<>("t", List.of(a, b, c), List.of()), tmp, "sha256:x",
                0.5);

        StudyData.SegmentTable table = data.segments(4, tmp.resolve("cache"), 2);
        Samples s = table.samples();
        assertEquals(List.of("calmness", "sadness"), s.classes(), "present classes in GEMS order");
        assertEquals(8, s.size());
        assertEquals(PaperFeatures.SIZE, s.numFeatures());
        assertArrayEquals(new int[] {1, 1, 1, 1, 0, 0, 0, 0}, s.y());
        assertEquals(List.of("1", "2"), s.groups());
        assertEquals(1, table.skipped().size());
        assertEquals(broken, table.skipped().get(0).file());

        StudyData.SegmentTable cached = data.segments(4, tmp.resolve("cache"), 1);
        assertEquals(s, cached.samples(), "the second pass reads the cache and gives the same table");
        assertThrows(StudyException.class, () -> data.segments(0, tmp, 1));
    }

    @Test
    void moreSkippedTracksThanAllowedStopTheStudyNamingThemAndTheSetting() throws Exception {
        EmotifyTrack a = track(1, Gems.SADNESS, 220);
        Path broken = Files.write(tmp.resolve("3.wav"), new byte[] {1, 2, 3});
        EmotifyTrack c = new EmotifyTrack(3, "classical", broken, a.fractions(), Gems.SADNESS, 0, Optional.empty());
        LoadedDataset<EmotifyTrack> ds = new LoadedDataset<>("t", List.of(a, c), List.of());

        SegmentTables within = new StudyData(ds, tmp, "sha256:x", 0.5).segmentTables(List.of(4), tmp);
        assertEquals(List.of(broken), within.skippedTracks().stream().map(s -> s.file()).toList());
        assertEquals(1, within.skippedTable().rowCount());

        StudyException e = assertThrows(StudyException.class,
                () -> new StudyData(ds, tmp, "sha256:x", 0.02).segmentTables(List.of(4), tmp));
        assertTrue(e.getMessage().startsWith("1 of 2 tracks of t could not be turned into features, more than "
                + "MERLAB_MAX_SKIPPED=2.0% allows (0): [" + broken), e.getMessage());
        assertTrue(e.getMessage().endsWith("raise MERLAB_MAX_SKIPPED"), e.getMessage());
    }

    @Test
    void loadsTheEmbeddedSmokeCorpusByDefaultThinnedToTheLimit() {
        StudyData all = StudyData.load(Params.from(Map.of("MERLAB_SMOKE", "1"), tmp));
        assertEquals(EmbeddedCorpus.SMOKE.tracks(), all.dataset().tracks().size());
        assertEquals(Params.EMBEDDED, all.dataset().name());
        assertTrue(all.fingerprint().startsWith("sha256:"), all.fingerprint());
        assertTrue(all.root().startsWith(tmp.resolve("data/embedded")), all.root().toString());
        assertEquals(0.02, all.maxSkippedShare());

        StudyData ten = StudyData.load(Params.from(Map.of("MERLAB_SMOKE", "1", "MERLAB_LIMIT", "10"), tmp));
        assertEquals(10, ten.dataset().tracks().size());
        assertEquals(4, ten.dataset().tracks().stream().map(EmotifyTrack::genre).distinct().count(),
                "a limit keeps every genre");
        assertTrue(!ten.fingerprint().equals(all.fingerprint()), "the fingerprint covers the tracks used");
    }

    @Test
    void realDataIsNamedAfterItsFolderAndCutToTheSmokeLimit() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("emotify-dev"));
        StringBuilder csv = new StringBuilder("track id, genre, amazement, solemnity, tenderness, nostalgia, calmness,"
                + " power, joyful_activation, tension, sadness, emotion\n");
        for (int id = 1; id <= 40; id++) {
            csv.append(id).append(",classical,0.5,0,0,0,0,0,0,0,0, amazement\n");
            Files.createDirectories(dir.resolve("classical"));
            Files.write(dir.resolve("classical/" + id + ".mp3"), new byte[0]);
        }
        Files.writeString(dir.resolve("emotions.csv"), csv);
        StudyData data = StudyData.load(Params.from(Map.of("MERLAB_DATA", dir.toString(), "MERLAB_SMOKE", "1"), tmp));
        assertEquals("emotify-dev", data.dataset().name());
        assertEquals(36, data.dataset().tracks().size());
        assertEquals(dir, data.root());
    }
}
