package org.merlab.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {

    @Test
    void bytesAreSha256() {
        // FIPS 180-2 test vector for "abc".
        assertEquals("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Fingerprint.ofBytes("abc".getBytes()));
    }

    @Test
    void filesHashTheSortedListingOfPathSizeAndContentHash(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("rock"));
        Files.writeString(tmp.resolve("rock/1.mp3"), "abc");
        Files.writeString(tmp.resolve("emotions.csv"), "");
        String listing = "emotions.csv\t0\te3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                + "rock/1.mp3\t3\tba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n";
        assertEquals(Fingerprint.ofBytes(listing.getBytes()),
                Fingerprint.ofFiles(tmp, List.of(Path.of("rock/1.mp3"), tmp.resolve("emotions.csv"))));
    }

    @Test
    void treeGivenAsARelativePathIsTheSameTree(@TempDir Path tmp) throws Exception {
        Path a = write(tmp.resolve("a"), "x.wav", "one", "y.wav", "two");
        Path relative = Path.of("").toAbsolutePath().relativize(a);
        assertEquals(Fingerprint.ofTree(a), Fingerprint.ofTree(relative));
    }

    @Test
    void stableAcrossOrderAndLocationButNotContentOrName(@TempDir Path tmp) throws Exception {
        Path a = write(tmp.resolve("a"), "x.wav", "one", "y.wav", "two");
        Path b = write(tmp.resolve("b"), "y.wav", "two", "x.wav", "one");
        String fa = Fingerprint.ofFiles(a, List.of(Path.of("x.wav"), Path.of("y.wav")));
        assertEquals(fa, Fingerprint.ofFiles(b, List.of(Path.of("y.wav"), Path.of("x.wav"))));
        assertEquals(fa, Fingerprint.ofTree(b));

        Files.writeString(b.resolve("y.wav"), "tw0");
        assertNotEquals(fa, Fingerprint.ofTree(b));
        Path c = write(tmp.resolve("c"), "x.wav", "one", "z.wav", "two");
        assertNotEquals(fa, Fingerprint.ofTree(c));
    }

    @Test
    void rejectsFilesOutsideTheRootOrMissing(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectory(tmp.resolve("data"));
        Files.writeString(tmp.resolve("outside.txt"), "x");
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> Fingerprint.ofFiles(root, List.of(Path.of("../outside.txt"))));
        assertTrue(outside.getMessage().endsWith(": ../outside.txt"), outside.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Fingerprint.ofFiles(root, List.of(Path.of("gone.mp3"))));
        assertTrue(missing.getMessage().endsWith(": gone.mp3"), missing.getMessage());
    }

    private static Path write(Path dir, String n1, String c1, String n2, String c2) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(n1), c1);
        Files.writeString(dir.resolve(n2), c2);
        return dir;
    }
}
