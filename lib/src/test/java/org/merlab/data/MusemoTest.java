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
import org.merlab.audio.Audio;
import org.merlab.audio.WavWriter;

class MusemoTest {

    /** The header of All_annotations.csv, whose lines end in CRLF as the published file's do. */
    private static final String HEADER = "Id,Name,Arousal,Valence,EmoCat";

    /** A copy in the real layout: the rows given, and a 0.5 s tone at 22050 Hz for each of {@code withAudio}. */
    private static Path copy(Path dir, List<String> withAudio, String... rows) throws IOException {
        Files.createDirectories(dir.resolve(Musemo.AUDIO));
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        Files.writeString(dir.resolve(Musemo.ANNOTATIONS), String.join("\r\n", lines) + "\r\n");
        float[] tone = new float[11025];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 22050.0));
        }
        for (String file : withAudio) {
            WavWriter.writeMono16(dir.resolve(Musemo.AUDIO).resolve(file), tone, 22050);
        }
        return dir;
    }

    @Test
    void loadsFragmentsWithGenreTrackAndRatingsAndListsMissingAudio(@TempDir Path dir) throws IOException {
        copy(dir, List.of("out_blues.00002.wav", "out_blues.00032.wav", "out_blues.00032 - Kopia.wav"),
                "115,out_blues.00002.wav,5.8,2.6,e1",
                "282,out_blues.00032 - Kopia.wav,-5.75,-3.5,e3",
                "283,out_blues.00032.wav,-5,-4,e3",
                "299,out_classical.00032.wav,-9.33,-1.67,e3");
        var ds = Musemo.load(dir);
        assertEquals(List.of("out_classical.00032.wav"), ds.missingAudio());
        assertEquals(3, ds.tracks().size());
        var first = ds.tracks().get(0);
        assertEquals("blues", first.genre());
        assertEquals("blues", first.label());
        assertEquals("blues.00002", first.track());
        assertEquals(115, first.number());
        assertEquals("e1", first.quadrant());
        assertEquals(List.of(2.6, 5.8), List.of(first.targets()[0], first.targets()[1]));
        assertEquals("blues.00032", ds.tracks().get(1).track(), "the copy shares its original's group");
        assertEquals(ds.tracks().get(2).track(), ds.tracks().get(1).track());
        assertEquals(11025, Audio.load(first.audio(), Audio.DEFAULT_SR, 0, 6).samples().length);
    }

    @Test
    void theIndexListsTheAnnotationsThenEveryFragmentById(@TempDir Path dir) throws IOException {
        copy(dir, List.of("out_rock.00010.wav"), "400,out_rock.00010.wav,1,1,e1");
        var index = Musemo.index(dir);
        assertEquals(List.of(Musemo.ANNOTATIONS, "all_music_files/out_rock.00010.wav"),
                index.entries().stream().map(DatasetIndex.Entry::path).toList());
        assertEquals(400, index.tracks().get(0).trackId().getAsInt());
        assertEquals(Files.size(dir.resolve("all_music_files/out_rock.00010.wav")), index.tracks().get(0).bytes());
        assertTrue(index.validate(dir).ok());
    }

    @Test
    void aBadRatingIsAnErrorNamingTheFileLineAndValue(@TempDir Path dir) throws IOException {
        copy(dir, List.of(), "115,out_blues.00002.wav,NaN,2.6,e1");
        var e = assertThrows(DatasetException.class, () -> Musemo.load(dir));
        assertTrue(e.getMessage().endsWith("All_annotations.csv:2: bad number 'NaN' in column 'Arousal'"),
                e.getMessage());
        copy(dir, List.of(), "115,out_blues.00002.wav,5,12.5,e1");
        e = assertThrows(DatasetException.class, () -> Musemo.load(dir));
        assertTrue(e.getMessage().contains(":2: rating 12.5 in column 'Valence' is outside"), e.getMessage());
    }

    @Test
    void aFileNameWithoutAGtzanGenreIsRefused(@TempDir Path dir) throws IOException {
        copy(dir, List.of(), "1,out_polka.00002.wav,1,1,e1");
        var e = assertThrows(DatasetException.class, () -> Musemo.load(dir));
        assertTrue(e.getMessage().contains(":2: file name 'out_polka.00002.wav' is not"), e.getMessage());
        copy(dir, List.of(), "1,blues_2.wav,1,1,e1");
        assertThrows(DatasetException.class, () -> Musemo.load(dir));
    }

    @Test
    void aRepeatedFileAndAnUnknownQuadrantAreRefused(@TempDir Path dir) throws IOException {
        copy(dir, List.of(), "1,out_pop.00001.wav,1,1,e1", "2,out_pop.00001.wav,1,1,e1");
        var e = assertThrows(DatasetException.class, () -> Musemo.load(dir));
        assertTrue(e.getMessage().contains(":3: duplicate file out_pop.00001.wav (first on line 2)"), e.getMessage());
        copy(dir, List.of(), "1,out_pop.00001.wav,1,1,e5");
        e = assertThrows(DatasetException.class, () -> Musemo.load(dir));
        assertTrue(e.getMessage().contains("EmoCat 'e5'"), e.getMessage());
    }

    @Test
    void aRowWithAMissingFieldNamesItsLine(@TempDir Path dir) throws IOException {
        copy(dir, List.of(), "1,out_pop.00001.wav,1,e1");
        var e = assertThrows(DatasetException.class, () -> Musemo.load(dir));
        assertTrue(e.getMessage().contains(":2: expected 5 fields"), e.getMessage());
    }
}
