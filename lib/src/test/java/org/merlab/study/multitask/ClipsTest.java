package org.merlab.study.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.WavWriter;
import org.merlab.notebook.Params;

class ClipsTest {

    @Test
    void aNamedCopyIsUsedAndUndecodableClipsAreListed(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("m17");
        Files.createDirectories(copy.resolve("data"));
        Files.createDirectories(copy.resolve("stimuli"));
        Files.write(copy.resolve("data/MUSIFEAST17_all.csv"), List.of(
                "\"\",\"CLIP_NAME\",\"GENRE\",\"ARTIST\",\"contrast_M\",\"valence_M\",\"arousal_M\"",
                "\"1\",\"Jazz_HIGH_01\",\"Jazz\",\"A\",2,3,4"));
        Files.write(copy.resolve("stimuli/Jazz_HIGH_01.mp3"), new byte[] {0, 1, 2});
        var clips = Clips.choose("musifeast17", Params.from(Map.of()),
                Map.of("MERLAB_DATA_MUSIFEAST17", copy.toString()), dir, dir.resolve("cache"));
        assertTrue(clips.source().startsWith("MUSIFEAST-17 from MERLAB_DATA_MUSIFEAST17=" + copy), clips.source());
        assertEquals(0, clips.size());
        assertEquals(1, clips.skipped().size());
        assertEquals(List.of("valence", "arousal", "contrast"), clips.targetNames());
    }

    @Test
    void theGenreSetIsTheNamedMusemoCopyGroupedByGtzanTrack(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("musemo");
        Files.createDirectories(copy.resolve("all_music_files"));
        Files.write(copy.resolve("All_annotations.csv"), List.of("Id,Name,Arousal,Valence,EmoCat",
                "1,out_jazz.00002 - Kopia.wav,-5.5,-2.75,e3", "2,out_jazz.00002.wav,-5.25,-2.75,e3",
                "3,out_rock.00010.wav,4,2,e1"));
        float[] tone = new float[22050];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 330 * i / 22050.0));
        }
        for (String f : List.of("out_jazz.00002 - Kopia.wav", "out_jazz.00002.wav", "out_rock.00010.wav")) {
            WavWriter.writeMono16(copy.resolve("all_music_files").resolve(f), tone, 22050);
        }
        var set = Clips.genreSet(Params.from(Map.of()), Map.of(Clips.MUSEMO_VARIABLE, copy.toString()), dir,
                dir.resolve("cache"));
        var clips = set.clips().orElseThrow();
        assertTrue(set.source().startsWith("musemo (GTZAN fragments) from MERLAB_DATA_MUSEMO=" + copy), set.source());
        assertEquals(List.of("jazz.00002", "jazz.00002", "rock.00010"), clips.groups());
        assertEquals(List.of("jazz", "rock"), clips.genres());
        assertEquals(List.of("valence", "arousal"), clips.targetNames());
        assertEquals("GTZAN track", clips.grouping().name());
    }

    @Test
    void aSmokeRunHasNoGenreSetAndSaysWhy(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data/raw/musemo"));
        var set = Clips.genreSet(Params.from(Map.of("MERLAB_SMOKE", "1")), Map.of(), dir, dir.resolve("cache"));
        assertTrue(set.clips().isEmpty());
        assertEquals("no separate genre set (MERLAB_DATA_MUSEMO unset, smoke mode): cross-data transfer skipped",
                set.source());
    }

    @Test
    void anUnknownDatasetIsRefused(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Clips.choose("gtzan", Params.from(Map.of()), Map.of(), dir, dir));
        assertEquals("notebook 08 runs on musifeast17 or emotify, got 'gtzan'", e.getMessage());
    }
}
