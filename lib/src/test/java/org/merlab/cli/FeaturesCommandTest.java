package org.merlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturesCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void writesOneRowPerSegmentSkipsABadFileAndExitsNonZero() throws IOException {
        Path good = Shared.reference("synth_3s").resolve("synth.wav");
        Path bad = Files.write(tmp.resolve("broken.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path csv = tmp.resolve("f.csv");

        assertEquals(1, run("features", "--segments", "3", "--out", csv.toString(), good.toString(), bad.toString()));

        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 3, lines.size());
        assertTrue(lines.get(0).startsWith("file,n_segments,segment,chroma_stft,rms,"), lines.get(0));
        assertTrue(lines.get(0).endsWith(",mfcc19,mfcc20"), lines.get(0));
        assertEquals(3 + 28, lines.get(1).split(",").length);
        assertTrue(lines.get(3).startsWith(good + ",3,2,"), lines.get(3));
        assertTrue(err.toString().contains("skipped " + bad), err.toString());
        assertTrue(err.toString().contains("1 of 2 files extracted"), err.toString());
    }

    @Test
    void secondRunIsServedFromTheCache() throws IOException {
        Path good = Shared.reference("synth_3s").resolve("synth.wav");
        String cache = tmp.resolve("cache").toString();
        assertEquals(0, run("features", "--segments", "2", "--cache", cache, good.toString()));
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("features", "--segments", "2", "--cache", cache, good.toString()));
        assertEquals(first, out.toString());
        assertTrue(err.toString().contains("(1 from cache)"), err.toString());
    }

    @Test
    void rejectsZeroSegmentsAsAUsageError() {
        assertEquals(2, run("features", "--segments", "0", "x.wav"));
        assertTrue(err.toString().contains("--segments must be at least 1, got 0"), err.toString());
    }
}
