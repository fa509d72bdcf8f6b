package org.merlab.data;

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
import org.merlab.io.Sha256;
import org.merlab.notebook.Params;
import org.merlab.testing.Shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetIndexTest {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path tmp;

    /** A copy with an annotation file and two tracks, and its index. */
    private DatasetIndex copy(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rock"));
        Files.writeString(dir.resolve("emotions.csv"), "abc");
        Files.writeString(dir.resolve("rock/1.mp3"), "one");
        Files.writeString(dir.resolve("rock/2.mp3"), "two");
        return new DatasetIndex(List.of(
                DatasetIndex.Entry.of(dir.resolve("emotions.csv"), "emotions.csv", OptionalInt.empty(),
                        OptionalDouble.empty()),
                DatasetIndex.Entry.of(dir.resolve("rock/1.mp3"), "rock/1.mp3", OptionalInt.of(101),
                        OptionalDouble.of(60.029388)),
                DatasetIndex.Entry.of(dir.resolve("rock/2.mp3"), "rock/2.mp3", OptionalInt.of(102),
                        OptionalDouble.of(1.5))));
    }

    @Test
    void entryOfAFileHoldsItsSizeAndHash() throws IOException {
        DatasetIndex index = copy(tmp);
        assertEquals(new DatasetIndex.Entry("emotions.csv", OptionalInt.empty(), 3, ABC, OptionalDouble.empty()),
                index.entries().get(0));
        assertEquals(List.of("rock/1.mp3", "rock/2.mp3"),
                index.tracks().stream().map(DatasetIndex.Entry::path).toList());
    }

    @Test
    void storedFormRoundTrips() throws IOException {
        DatasetIndex index = copy(tmp.resolve("copy"));
        Path tsv = index.write(tmp.resolve("index.tsv"));
        List<String> lines = Files.readAllLines(tsv);
        assertEquals("path\ttrack_id\tbytes\tseconds\tsha256", lines.get(0));
        assertEquals("emotions.csv\t\t3\t\t" + ABC, lines.get(1));
        assertEquals("rock/1.mp3\t101\t3\t60.029388\t" + Sha256.ofFile(tmp.resolve("copy/rock/1.mp3")),
                lines.get(2));
        assertEquals(index, DatasetIndex.read(tsv));
    }

    @Test
    void badLinesAreReportedWithFileAndLine() throws IOException {
        String header = "path\ttrack_id\tbytes\tseconds\tsha256\n";
        for (String[] c : new String[][] {
                {"a.mp3\t1\t3\t1.0\tABC", "64 lowercase hex digits"},
                {"a.mp3\t1\tlots\t1.0\t" + ABC, "bad size 'lots'"},
                {"a.mp3\tone\t3\t1.0\t" + ABC, "bad integer 'one'"},
                {"../a.mp3\t1\t3\t1.0\t" + ABC, "relative, /-separated and plain"},
                {"a.mp3\t1\t3\t-1\t" + ABC, "seconds must be finite and >= 0"},
                {"a.mp3\t1\t3\t1.0\t" + ABC + "\na.mp3\t2\t3\t1.0\t" + ABC, "indexed twice (first on line 2)"}}) {
            Path tsv = Files.writeString(tmp.resolve("bad.tsv"), header + c[0] + "\n");
            DatasetException e = assertThrows(DatasetException.class, () -> DatasetIndex.read(tsv), c[0]);
            assertTrue(e.getMessage().startsWith(tsv + ":"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
        Path noHash = Files.writeString(tmp.resolve("old.tsv"), "path\tbytes\n");
        assertTrue(assertThrows(DatasetException.class, () -> DatasetIndex.read(noHash)).getMessage()
                .contains("missing column 'track_id'"));
    }

    @Test
    void exactCopyValidates() throws IOException {
        Path dir = tmp.resolve("copy");
        IndexCheck check = copy(dir).validate(dir);
        assertTrue(check.ok(), check.problems().toString());
        assertEquals(3, check.present());
        assertEquals(dir.toRealPath() + ": 3 of 3 indexed files present, 0 missing, 0 changed, 0 extra",
                check.summary());
    }

    @Test
    void plantedMissingExtraAndChangedFilesAreEachReported() throws IOException {
        Path dir = tmp.resolve("copy");
        DatasetIndex index = copy(dir);
        Files.delete(dir.resolve("rock/1.mp3"));
        Files.writeString(dir.resolve("rock/2.mp3"), "TWO");             // same size, other bytes
        Files.writeString(dir.resolve("emotions.csv"), "abcd");          // other size
        Files.writeString(dir.resolve("data.csv"), "x");                 // would be read instead of emotions.csv
        Files.writeString(dir.resolve("rock/1.wav"), "x");               // audio under another name

        IndexCheck check = index.validate(dir);

        assertFalse(check.ok());
        assertEquals(List.of("rock/1.mp3"), check.missing().stream().map(DatasetIndex.Entry::path).toList());
        assertEquals(List.of("emotions.csv", "rock/2.mp3"),
                check.changed().stream().map(c -> c.expected().path()).toList());
        assertEquals("", check.changed().get(0).sha256(), "a size mismatch is not hashed");
        assertEquals(Sha256.ofFile(dir.resolve("rock/2.mp3")), check.changed().get(1).sha256());
        assertEquals(List.of("data.csv", "rock/1.wav"), check.extra());
        assertEquals(2, check.present());
        assertEquals(List.of(
                "missing rock/1.mp3 (track 101)",
                "changed emotions.csv: 4 bytes (index: 3 bytes, sha256 " + ABC + ")",
                "changed rock/2.mp3 (track 102): 3 bytes, sha256 " + Sha256.ofFile(dir.resolve("rock/2.mp3"))
                        + " (index: 3 bytes, sha256 " + index.entries().get(2).sha256() + ")",
                "extra data.csv",
                "extra rock/1.wav"), check.problems());
    }

    @Test
    void aSymbolicLinkToTheCopyIsWalked() throws IOException {
        Path dir = tmp.resolve("copy");
        DatasetIndex index = copy(dir);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
        assertTrue(index.validate(link).ok());
    }

    @Test
    void aFolderThatIsNotThereIsADatasetError() throws IOException {
        DatasetIndex index = copy(tmp.resolve("copy"));
        Path absent = tmp.resolve("absent");
        assertTrue(assertThrows(DatasetException.class, () -> index.validate(absent)).getMessage()
                .startsWith(absent + ": cannot list"));
        Path file = Files.writeString(tmp.resolve("file"), "");
        assertTrue(assertThrows(DatasetException.class, () -> index.validate(file)).getMessage()
                .contains("not a directory"));
    }

    @Test
    void theSamePathTwiceIsRefused() {
        DatasetIndex.Entry e = new DatasetIndex.Entry("a.mp3", OptionalInt.of(1), 3, ABC, OptionalDouble.empty());
        assertThrows(IllegalArgumentException.class, () -> new DatasetIndex(List.of(e, e)));
    }

    /**
     * The committed index of the full 400-track copy against the 120-track development subset, whose MP3s and
     * emotions.csv are byte-for-byte the full set's: exactly the 280 tracks MANIFEST.tsv does not list are missing,
     * nothing is changed, and the subset's two documentation files are extra.
     */
    @Test
    void committedIndexFindsExactlyTheTracksTheDevSubsetLacks() throws IOException {
        Path dev = Shared.path("datasets/emotify-dev");
        DatasetIndex index = DatasetIndex.read(Params.repoRoot().resolve(EmotifyIndex.DEFAULT));
        assertEquals(401, index.entries().size());
        assertEquals(400, index.tracks().size());

        IndexCheck check = index.validate(dev);

        Set<String> devTracks = Files.readAllLines(dev.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(line -> line.split("\t")[0]).collect(Collectors.toSet());
        assertEquals(120, devTracks.size());
        Set<String> expectedMissing = index.tracks().stream().map(DatasetIndex.Entry::path)
                .filter(p -> !devTracks.contains(p)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(280, check.missing().size());
        assertEquals(expectedMissing, check.missing().stream().map(DatasetIndex.Entry::path)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(List.of(), check.changed());
        assertEquals(List.of("MANIFEST.tsv", "README.md"), check.extra());
        assertEquals(121, check.present());
    }
}
