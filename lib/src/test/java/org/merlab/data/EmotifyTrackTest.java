package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmotifyTrackTest {

    private static final double[] SHARES = {0.1, 0.2, 0.4, 0.3, 0.7, 0, 0, 0, 0.1};

    @Test
    void exposesSharesByEmotionAndCopiesTheArray() {
        double[] shares = SHARES.clone();
        EmotifyTrack t = new EmotifyTrack(2, "classical", Path.of("classical/2.mp3"), shares, Gems.CALMNESS, 12,
                Optional.empty());
        shares[4] = 0;
        t.fractions()[4] = 0;
        assertEquals(0.7, t.fraction(Gems.CALMNESS));
        assertEquals("2", t.id());
        assertEquals("calmness", t.label());
    }

    @Test
    void rejectsADominantEmotionThatIsNotTheLargestShare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EmotifyTrack(2,
                "classical", Path.of("x.mp3"), SHARES, Gems.TENDERNESS, 0, Optional.empty()));
        assertEquals("track 2: dominant tenderness is not the largest share (GEMS-order tie rule gives calmness)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EmotifyTrack(2, "classical", Path.of("x.mp3"),
                new double[8], Gems.AMAZEMENT, 0, Optional.empty()));
    }
}
