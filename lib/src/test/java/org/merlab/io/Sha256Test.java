package org.merlab.io;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Sha256Test {

    @TempDir
    Path tmp;

    @Test
    void fileHashIsWhatSha256sumPrints() throws Exception {
        // FIPS 180-2 test vectors: "abc", and the empty message.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.ofFile(Files.writeString(tmp.resolve("abc"), "abc")));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Sha256.ofFile(Files.write(tmp.resolve("empty"), new byte[0])));
    }

    @Test
    void filesLongerThanOneBlockAreHashedWhole() throws Exception {
        byte[] bytes = new byte[(1 << 16) * 3 + 17];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(tmp.resolve("long"), bytes);
        assertEquals(HexFormat.of().formatHex(Sha256.digest().digest(bytes)), Sha256.ofFile(file));
    }

    @Test
    void unreadableFileIsNamed() {
        Path absent = tmp.resolve("absent.mp3");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Sha256.ofFile(absent));
        assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
    }
}
