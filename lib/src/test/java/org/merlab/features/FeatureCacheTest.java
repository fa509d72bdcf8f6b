package org.merlab.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.Audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureCacheTest {

    @TempDir
    Path tmp;

    @Test
    void roundTripsRowsAndLeavesNoTemporaryFiles() throws IOException {
        FeatureCache cache = new FeatureCache(tmp.resolve("cache"));
        double[][] rows = {{1.5, -2, Double.NaN}, {3, 4, 5}};
        cache.put("abc", rows);
        double[][] back = cache.get("abc").orElseThrow();
        assertArrayEquals(rows[0], back[0]);
        assertArrayEquals(rows[1], back[1]);
        try (var files = Files.list(cache.dir())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void keyChangesWithContentAndWithParameters() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.wav"), "audio-1");
        Path b = Files.writeString(tmp.resolve("b.wav"), "audio-2");
        Path aCopy = Files.writeString(tmp.resolve("renamed.wav"), "audio-1");
        assertEquals(FeatureCache.key(a, "n=20"), FeatureCache.key(aCopy, "n=20"), "content, not name, is the key");
        assertNotEquals(FeatureCache.key(a, "n=20"), FeatureCache.key(b, "n=20"));
        assertNotEquals(FeatureCache.key(a, "n=20"), FeatureCache.key(a, "n=10"));
    }

    @Test
    void keyChangesWithTheDecodersAndResamplersVersions() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.wav"), "audio-1");
        assertEquals(FeatureCache.key(a, Audio.SIGNATURE, "n=20"), FeatureCache.key(a, "n=20"));
        assertNotEquals(FeatureCache.key(a, "audio wav/1 mp3/2 ogg/1 resampler/1", "n=20"), FeatureCache.key(a, "n=20"));
        // The two signatures are kept apart: moving text from one to the other is another key.
        assertNotEquals(FeatureCache.key(a, "x", "yz"), FeatureCache.key(a, "xy", "z"));
    }

    @Test
    void corruptOrTruncatedEntryIsTreatedAsMissingAndRemoved() throws IOException {
        FeatureCache cache = new FeatureCache(tmp);
        cache.put("k", new double[][] {{1, 2}, {3, 4}});
        Path entry = tmp.resolve("k.bin");
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertTrue(cache.get("k").isEmpty());
        assertTrue(Files.notExists(entry));
        assertTrue(cache.get("never-written").isEmpty());
    }
}
