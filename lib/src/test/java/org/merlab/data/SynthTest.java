package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SynthTest {

    private static TrackParameters calm(double loudnessDb) {
        return new TrackParameters(MusicalProfile.Mode.MAJOR, 0, 60, loudnessDb, 60, 1.0, 2.5, 0, 0, 0.05, 0.5,
                false);
    }

    private static double rmsDb(float[] x) {
        return Fixtures.rmsDb(Fixtures.toDouble(x), 0, x.length);
    }

    @Test
    void rendersTheRequestedLengthAtTheRequestedRmsLevel() {
        for (EmotifyGenre genre : EmotifyGenre.values()) {
            float[] x = Synth.render(calm(-30), genre, 3, 22050, new SplittableRandom(1));
            assertEquals(3 * 22050, x.length);
            assertEquals(-30, rmsDb(x), 0.01, genre.folder());
        }
    }

    @Test
    void peaksNeverExceedTheCeilingEvenWhenTheTargetIsVeryLoud() {
        float[] x = Synth.render(calm(0), EmotifyGenre.POP, 2, 22050, new SplittableRandom(2));
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertEquals(0.99, peak, 1e-6);
        assertTrue(rmsDb(x) < 0);
    }

    @Test
    void sameRandomSeedGivesTheSameSamples() {
        TrackParameters p = TrackParameters.draw(GemsMusic.profile(Gems.TENSION), new SplittableRandom(3));
        assertArrayEquals(Synth.render(p, EmotifyGenre.ROCK, 2, 22050, new SplittableRandom(4)),
                Synth.render(p, EmotifyGenre.ROCK, 2, 22050, new SplittableRandom(4)));
    }

    /** A 220 Hz-register legato line with few harmonics crosses zero far less often than a bright staccato one. */
    @Test
    void brightHighStaccatoCrossesZeroMoreOftenThanDarkLowLegato() {
        TrackParameters dark = new TrackParameters(MusicalProfile.Mode.MINOR, 0, 60, -20, 50, 1.0, 2.8, 0, 0, 0, 0.5,
                false);
        TrackParameters bright = new TrackParameters(MusicalProfile.Mode.MAJOR, 0, 60, -20, 78, 0.3, 0.8, 0, 0, 0, 2,
                false);
        assertTrue(zcr(Synth.render(bright, EmotifyGenre.POP, 3, 22050, new SplittableRandom(5)))
                > 3 * zcr(Synth.render(dark, EmotifyGenre.POP, 3, 22050, new SplittableRandom(5))));
    }

    private static double zcr(float[] x) {
        return Fixtures.zeroCrossingRate(Fixtures.toDouble(x));
    }
}
