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
    void anUnknownDatasetIsRefused(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Clips.choose("gtzan", Params.from(Map.of()), Map.of(), dir, dir));
        assertEquals("notebook 08 runs on musifeast17 or emotify, got 'gtzan'", e.getMessage());
    }
}
