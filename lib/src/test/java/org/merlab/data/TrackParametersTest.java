package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrackParametersTest {

    @Test
    void drawsEveryParameterFromTheProfile() {
        SplittableRandom random = new SplittableRandom(5);
        for (Gems g : Gems.values()) {
            MusicalProfile p = GemsMusic.profile(g);
            for (int i = 0; i < 50; i++) {
                TrackParameters t = TrackParameters.draw(p, random);
                assertEquals(p.mode(), t.mode());
                assertTrue(t.key() >= 0 && t.key() < 12);
                assertTrue(within(p.tempoBpm(), t.tempoBpm()) && within(p.loudnessDb(), t.loudnessDb())
                        && within(p.registerMidi(), t.registerMidi()) && within(p.articulation(), t.articulation())
                        && within(p.rolloff(), t.rolloff()), g + ": " + t);
                assertEquals(p.crescendo(), t.crescendo());
                assertEquals(p.dissonance(), t.dissonance());
            }
        }
    }

    private static boolean within(MusicalProfile.Range r, double x) {
        return x >= r.min() && x <= r.max();
    }
}
