package org.merlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.testing.Shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturesCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.execute(args);
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
        assertTrue(cli.err.toString().contains("skipped " + bad), cli.err.toString());
        assertTrue(cli.err.toString().contains("1 of 2 files extracted"), cli.err.toString());
    }

    @Test
    void secondRunIsServedFromTheCache() throws IOException {
        Path good = Shared.reference("synth_3s").resolve("synth.wav");
        String cache = tmp.resolve("cache").toString();
        assertEquals(0, run("features", "--segments", "2", "--cache", cache, good.toString()));
        String first = cli.out.toString();
        cli.out.getBuffer().setLength(0);
        assertEquals(0, run("features", "--segments", "2", "--cache", cache, good.toString()));
        assertEquals(first, cli.out.toString());
        assertTrue(cli.err.toString().contains("(1 from cache)"), cli.err.toString());
    }

    @Test
    void rejectsZeroSegmentsAsAUsageError() {
        assertEquals(2, run("features", "--segments", "0", "x.wav"));
        assertTrue(cli.err.toString().contains("--segments must be at least 1, got 0"), cli.err.toString());
    }
}
