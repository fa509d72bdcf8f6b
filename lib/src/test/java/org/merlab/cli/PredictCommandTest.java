package org.merlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.bundle.ModelBundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PredictCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private static List<Path> corpusTracks(int n) throws IOException {
        try (Stream<Path> files = Files.walk(TrainedBundle.get().data)) {
            return files.filter(p -> p.toString().endsWith(".wav")).sorted().limit(n).toList();
        }
    }

    private static String name(Path track) {
        String file = track.getFileName().toString();
        return file.substring(0, file.lastIndexOf('.'));
    }

    @Test
    void writesATimelinePerFileAndSkipsABadOneWithExitCode1() throws IOException {
        TrainedBundle trained = TrainedBundle.get();
        List<Path> tracks = corpusTracks(2);
        Path bad = Files.write(tmp.resolve("broken.mp3"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path png = tmp.resolve("timeline.png");
        int code = cli.execute("predict", trained.bundle.toString(), tracks.get(0).toString(), bad.toString(),
                tracks.get(1).toString(), "--plot", png.toString(), "--timings");
        assertEquals(1, code, cli.err.toString());
        String err = cli.err.toString();
        assertTrue(err.contains("skipped " + bad), err);
        assertTrue(err.contains("2 of 3 files predicted, 1 skipped"), err);
        assertTrue(err.contains("segments: decode "), err);

        List<String> labels = ModelBundle.read(trained.bundle).labels();
        List<String> lines = cli.out.toString().lines().toList();
        assertEquals("file,segment,start_s,end_s,complete,top," + String.join(",", labels), lines.getFirst());
        // 2 s tracks in 1 s segments: two segments and the mean, per track.
        assertEquals(1 + 2 * 3, lines.size(), cli.out.toString());
        assertTrue(lines.get(1).startsWith(tracks.get(0) + ",0,0.000,1.000,true,"), lines.get(1));
        assertTrue(lines.get(3).startsWith(tracks.get(0) + ",mean,0.000,2.000,true,"), lines.get(3));
        assertEquals(6 + labels.size(), lines.get(3).split(",").length);
        for (Path track : tracks) {
            Path chart = tmp.resolve("timeline-" + name(track) + ".png");
            assertTrue(Files.size(chart) > 1000, chart.toString());
        }
    }

    @Test
    void jsonToAFileNamesTheFailures() throws IOException {
        TrainedBundle trained = TrainedBundle.get();
        Path track = corpusTracks(1).getFirst();
        Path missing = tmp.resolve("missing.ogg");
        Path json = tmp.resolve("out.json");
        assertEquals(1, cli.execute("predict", trained.bundle.toString(), track.toString(), missing.toString(),
                "--format", "json", "--out", json.toString()));
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, root.get("tracks").size());
        assertEquals(2, root.get("tracks").get(0).get("segments").size());
        assertEquals(missing.toString(), root.get("failed").get(0).get("file").asText());
        assertTrue(root.get("failed").get(0).get("reason").asText().contains("not found"), root.toString());
    }

    @Test
    void allGoodFilesExitZero() throws IOException {
        assertEquals(0, cli.execute("predict", TrainedBundle.get().bundle.toString(),
                corpusTracks(1).getFirst().toString()), cli.err.toString());
    }

    @Test
    void anUnusableBundleIsNamedAndExits1() throws IOException {
        Path fake = Files.writeString(tmp.resolve("fake.zip"), "nope");
        assertEquals(1, cli.execute("predict", fake.toString(), fake.toString()));
        assertTrue(cli.err.toString().startsWith("merlab predict: " + fake + " is not a readable zip archive"),
                cli.err.toString());
    }

    @Test
    void helpNamesTheFormats() {
        assertEquals(0, cli.execute("predict", "--help"));
        assertTrue(cli.out.toString().contains("--format"), cli.out.toString());
        assertTrue(cli.out.toString().contains("--plot"), cli.out.toString());
    }
}
