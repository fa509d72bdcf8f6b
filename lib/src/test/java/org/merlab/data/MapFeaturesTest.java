package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.WavWriter;
import org.merlab.features.FeatureMaps;

class MapFeaturesTest {

    @Test
    void encodingRoundTripsTheMapsAndBeats() {
        float[][] mel = new float[MapFeatures.N_MELS][5];
        float[][] chroma = new float[12][5];
        mel[3][4] = 1.5f;
        chroma[11][0] = -0.25f;
        var back = MapFeatures.decode(MapFeatures.encode(new FeatureMaps(mel, chroma, new int[] {1, 3})));
        assertEquals(1.5f, back.mel()[3][4]);
        assertEquals(-0.25f, back.chroma()[11][0]);
        assertArrayEquals(new int[] {1, 3}, back.beats());
    }

    @Test
    void buildsThroughTheCacheAndSkipsWhatDoesNotDecode(@TempDir Path dir) throws IOException {
        float[] y = new float[2 * 22050];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.2 * Math.sin(2 * Math.PI * 330 * i / 22050.0) * (i % 11025 < 500 ? 3 : 1));
        }
        Path wav = dir.resolve("tone.wav");
        WavWriter.writeMono16(wav, y, 22050);
        Path bad = dir.resolve("bad.mp3");
        Files.write(bad, new byte[] {1, 2, 3});
        Path cache = dir.resolve("cache");
        var first = MapFeatures.of(List.of(wav, bad), cache, 1, f -> { });
        assertEquals(1, first.maps().size());
        assertEquals(bad, first.skipped().get(0).file());
        assertEquals(1 + 2 * 22050 / 512, first.maps().get(wav).mel()[0].length);
        var second = MapFeatures.of(List.of(wav), cache, 1, f -> { });
        assertEquals(1, second.cacheHits());
        assertArrayEquals(first.maps().get(wav).beats(), second.maps().get(wav).beats());
        assertTrue(second.maps().get(wav).chroma()[0][0] >= -1);
    }
}
