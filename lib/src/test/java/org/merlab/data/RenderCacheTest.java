package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.RenderOptions;

class RenderCacheTest {

    private static Path oneMidi(Path dir) {
        Path root = SyntheticVgmidi.ensure(dir, new SyntheticVgmidi.Options(1, 1, 2, 2, 1, 5));
        return root.resolve("midi/Synth_SYN_Game00_Piece000.mid");
    }

    @Test
    void theFirstAndTheCachedRenderAreTheSameSamples(@TempDir Path dir) {
        Path midi = oneMidi(dir);
        var cache = new RenderCache(dir.resolve("renders"), RenderOptions.DEFAULT);
        assertFalse(cache.contains(midi));
        float[] first = cache.get(midi).samples();
        assertTrue(cache.contains(midi));
        float[] second = cache.get(midi).samples();
        assertArrayEquals(first, second);
        assertEquals(22050, cache.get(midi).sampleRate());
    }

    @Test
    void anotherSoundbankIsAnotherEntry(@TempDir Path dir) throws Exception {
        Path midi = oneMidi(dir);
        Path bank = Files.writeString(dir.resolve("bank.sf2"), "some bytes");
        var builtIn = new RenderCache(dir.resolve("renders"), RenderOptions.DEFAULT);
        var other = new RenderCache(dir.resolve("renders"), RenderOptions.DEFAULT.withSoundbank(bank));
        builtIn.get(midi);
        assertFalse(other.contains(midi), "the key includes the soundbank");
        assertTrue(other.signature().contains("soundbank=file:"), other.signature());
    }
}
