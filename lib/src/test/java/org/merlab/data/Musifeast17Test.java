package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Musifeast17Test {

    /** The first columns of MUSIFEAST17_all.csv and three rows in its layout (values of the real first rows). */
    private static final String HEADER = "\"\",\"CLIP_NAME\",\"GENRE\",\"ARTIST\",\"contrast_M\",\"enjoyment_M\","
            + "\"valence_M\",\"arousal_M\"";

    private static Path copy(Path dir, String... rows) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("stimuli"));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        Files.write(dir.resolve(Musifeast17.ANNOTATIONS), lines);
        return dir;
    }

    @Test
    void loadsClipsWithTheirTargetsAndListsMissingAudio(@TempDir Path dir) throws IOException {
        copy(dir, "\"1\",\"60s_HIGH_01\",\"60s\",\"The Monkees\",2.26,3.61,3.58,2.5",
                "\"2\",\"Jazz_LOW_02\",\"Jazz\",\"Someone, Else\",1.5,3.0,3.2,2.1",
                "\"3\",\"Film_HIGH_03\",\"Film\",\"Composer\",3.1,3.3,2.4,3.9");
        Files.write(dir.resolve("stimuli/60s_HIGH_01.mp3"), new byte[] {1, 2});
        Files.write(dir.resolve("stimuli/Jazz_LOW_02.mp3"), new byte[] {3});
        var ds = Musifeast17.load(dir);
        assertEquals(2, ds.tracks().size());
        assertEquals(List.of("Film_HIGH_03"), ds.missingAudio());
        var jazz = ds.tracks().get(1);
        assertEquals("Someone, Else", jazz.artist());
        assertEquals("Jazz", jazz.label());
        assertEquals(2, jazz.number());
        assertEquals(List.of(3.2, 2.1, 1.5), List.of(jazz.targets()[0], jazz.targets()[1], jazz.targets()[2]));
        var index = Musifeast17.index(dir);
        assertEquals(3, index.entries().size());
        assertEquals("stimuli/Jazz_LOW_02.mp3", index.tracks().get(1).path());
        assertEquals(1L, index.tracks().get(1).bytes());
    }

    @Test
    void aMissingRatingIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        copy(dir, "\"1\",\"60s_HIGH_01\",\"60s\",\"The Monkees\",NA,3.61,3.58,2.5");
        var e = assertThrows(DatasetException.class, () -> Musifeast17.load(dir));
        assertTrue(e.getMessage().endsWith("MUSIFEAST17_all.csv:2: bad number 'NA' in column 'contrast_M'"), e.getMessage());
    }

    @Test
    void aRepeatedClipIsRefused(@TempDir Path dir) throws IOException {
        copy(dir, "\"1\",\"A_HIGH_01\",\"60s\",\"X\",1,1,1,1", "\"2\",\"A_HIGH_01\",\"60s\",\"X\",1,1,1,1");
        assertThrows(DatasetException.class, () -> Musifeast17.load(dir));
    }
}
