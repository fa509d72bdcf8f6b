package org.merlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.WavWriter;
import org.merlab.data.DatasetIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataIndexCommandTest {

    private static final String HEADER = "track id, genre, amazement, solemnity, tenderness, nostalgia, "
            + "calmness, power, joyful_activation, tension, sadness,emotion";

    @TempDir
    Path tmp;

    private Path copy(String... rows) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("emotify/classical"));
        Files.writeString(tmp.resolve("emotify/emotions.csv"), HEADER + "\n" + String.join("\n", rows) + "\n");
        WavWriter.writeMono16(dir.resolve("1.wav"), new float[2205], 22050);
        return dir.getParent();
    }

    @Test
    void writesTheIndexOfACompleteCopyWhichThenValidates() throws IOException {
        Path dir = copy("1,classical,0,0,0,0,0.9,0,0,0,0.2, calmness");
        Path out = tmp.resolve("index.tsv");
        CliRun cli = new CliRun();

        assertEquals(0, cli.execute("data", "index", "--out", out.toString(), dir.toString()));

        assertEquals("wrote " + out + ": 2 files, 1 of them tracks", cli.out.toString().strip());
        String line = Files.readAllLines(out).get(2);
        assertTrue(line.startsWith("classical/1.wav\t1\t" + Files.size(dir.resolve("classical/1.wav"))
                + "\t0.100000\t"), line);
        assertTrue(DatasetIndex.read(out).validate(dir).ok());
    }

    @Test
    void refusesToWriteAnIncompleteIndexAndListsWhy() throws IOException {
        Path dir = copy("1,classical,0,0,0,0,0.9,0,0,0,0.2, calmness", "2,classical,0,0,0,0,0.9,0,0,0,0.2, calmness",
                "3,classical,0,0,0,0,0.9,0,0,0,0.2, calmness");
        Files.write(dir.resolve("classical/2.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path out = tmp.resolve("index.tsv");
        CliRun cli = new CliRun();

        assertEquals(1, cli.execute("data", "index", "--out", out.toString(), dir.toString()));

        String err = cli.err.toString();
        assertTrue(err.contains("no audio for track 3"), err);
        assertTrue(err.contains("cannot decode " + dir.resolve("classical/2.mp3")), err);
        assertTrue(err.contains("not written: 1 tracks without audio, 1 undecodable"), err);
        assertFalse(Files.exists(out));
    }

    @Test
    void unreadableAnnotationsExitTwo() {
        CliRun cli = new CliRun();
        assertEquals(2, cli.execute("data", "index", "--out", tmp.resolve("i.tsv").toString(), tmp.toString()));
        assertTrue(cli.err.toString().contains("emotions.csv"), cli.err.toString());
    }
}
