package org.merlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.data.DatasetIndex;
import org.merlab.testing.Shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataValidateCommandTest {

    @TempDir
    Path tmp;

    private final CliRun cli = new CliRun();

    private List<String> out() {
        return cli.out.toString().lines().toList();
    }

    private Path indexOf(Path dir, String... files) {
        return new DatasetIndex(Set.of(files).stream().sorted().map(f -> DatasetIndex.Entry.of(dir.resolve(f), f,
                OptionalInt.empty(), OptionalDouble.empty())).toList()).write(tmp.resolve("index.tsv"));
    }

    @Test
    void helpDescribesTheExitCodes() {
        assertEquals(0, cli.execute("data", "validate", "--help"));
        assertTrue(cli.out.toString().contains("Usage: merlab data validate"), cli.out.toString());
        assertTrue(cli.out.toString().contains("--index=FILE"), cli.out.toString());
        assertTrue(cli.out.toString().contains("Exit code"), cli.out.toString());
    }

    @Test
    void anExactCopyExitsZero() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("copy"));
        Files.writeString(dir.resolve("a.csv"), "a");
        Path index = indexOf(dir, "a.csv");

        assertEquals(0, cli.execute("data", "validate", "--index", index.toString(), dir.toString()));
        assertEquals(List.of("index " + index + ": 1 files, 0 of them tracks",
                dir.toRealPath() + ": 1 of 1 indexed files present, 0 missing, 0 changed, 0 extra",
                "OK: the copy is the indexed one"), out());
    }

    @Test
    void plantedProblemsArePrintedAndExitOne() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("copy"));
        Files.writeString(dir.resolve("a.csv"), "a");
        Files.writeString(dir.resolve("b.csv"), "b");
        Path index = indexOf(dir, "a.csv", "b.csv");
        Files.delete(dir.resolve("a.csv"));
        Files.writeString(dir.resolve("b.csv"), "B");
        Files.writeString(dir.resolve("c.csv"), "c");

        assertEquals(1, cli.execute("data", "validate", "--index", index.toString(), dir.toString()));
        List<String> out = out();
        assertEquals("missing a.csv", out.get(1));
        assertTrue(out.get(2).startsWith("changed b.csv: 1 bytes, sha256 "), out.get(2));
        assertEquals("extra c.csv", out.get(3));
        assertEquals("FAILED: the copy differs from the index", out.get(out.size() - 1));
    }

    @Test
    void anUnreadableIndexOrFolderExitsTwoNamingIt() throws IOException {
        Path absentIndex = tmp.resolve("absent.tsv");
        assertEquals(2, cli.execute("data", "validate", "--index", absentIndex.toString(), tmp.toString()));
        assertTrue(cli.err.toString().contains(absentIndex.toString()), cli.err.toString());

        Path index = indexOf(tmp);
        Path absentDir = tmp.resolve("absent");
        CliRun again = new CliRun();
        assertEquals(2, again.execute("data", "validate", "--index", index.toString(), absentDir.toString()));
        assertTrue(again.err.toString().contains(absentDir.toString()), again.err.toString());
    }

    /** The committed 400-track index (the default) on the 120-track development subset. */
    @Test
    void theDevSubsetLacksExactlyTheOther280TracksAndNothingIsChanged() throws IOException {
        Path dev = Shared.path("datasets/emotify-dev");

        assertEquals(1, cli.execute("data", "validate", dev.toString()));

        List<String> out = out();
        Set<String> devTracks = Files.readAllLines(dev.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(line -> line.split("\t")[0]).collect(Collectors.toSet());
        Set<String> missing = out.stream().filter(l -> l.startsWith("missing ")).map(l -> l.split(" ")[1])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(280, missing.size());
        assertTrue(missing.stream().noneMatch(devTracks::contains), "a dev track reported missing");
        assertEquals(List.of(), out.stream().filter(l -> l.startsWith("changed ")).toList());
        assertEquals(List.of("extra MANIFEST.tsv", "extra README.md"),
                out.stream().filter(l -> l.startsWith("extra ")).toList());
        assertEquals(dev.toRealPath() + ": 121 of 401 indexed files present, 280 missing, 0 changed, 2 extra",
                out.get(out.size() - 2));
    }
}
