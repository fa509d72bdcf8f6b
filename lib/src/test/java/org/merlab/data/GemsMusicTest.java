package org.merlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GemsMusicTest {

    @Test
    void everyEmotionHasAProfileAndTwoOtherEmotionsAsNeighbours() {
        for (Gems g : Gems.values()) {
            assertNotNull(GemsMusic.profile(g), g.label());
            assertEquals(2, GemsMusic.neighbours(g).stream().distinct().count(), g.label());
            assertFalse(GemsMusic.neighbours(g).contains(g), g.label());
        }
    }

    /** The cue directions of Gabrielsson &amp; Lindström (2001) that the issue names. */
    @Test
    void profilesFollowTheCueDirections() {
        MusicalProfile sad = GemsMusic.profile(Gems.SADNESS);
        MusicalProfile joy = GemsMusic.profile(Gems.JOYFUL_ACTIVATION);
        MusicalProfile calm = GemsMusic.profile(Gems.CALMNESS);
        MusicalProfile power = GemsMusic.profile(Gems.POWER);
        MusicalProfile tension = GemsMusic.profile(Gems.TENSION);
        assertEquals(MusicalProfile.Mode.MINOR, sad.mode());
        assertEquals(MusicalProfile.Mode.MAJOR, joy.mode());
        assertTrue(sad.tempoBpm().max() < joy.tempoBpm().min());
        assertTrue(sad.loudnessDb().max() < joy.loudnessDb().min());
        assertTrue(sad.registerMidi().max() < joy.registerMidi().min());
        assertTrue(joy.articulation().max() < sad.articulation().min());
        assertTrue(joy.rolloff().max() < sad.rolloff().min());
        assertTrue(calm.loudnessDb().max() < power.loudnessDb().min());
        assertTrue(power.registerMidi().max() < joy.registerMidi().min());
        assertEquals(1.0, power.percussion());
        assertTrue(tension.crescendo());
        assertTrue(tension.dissonance() > calm.dissonance());
    }

    @Test
    void markdownTableHasOneRowPerEmotion() {
        String table = GemsMusic.markdownTable();
        assertEquals(2 + 9, table.lines().count());
        assertTrue(table.contains("| sadness | minor | 48 to 60 | -32 to -29 | 48 to 54 | 0.95 to 1 | 2.4 to 2.8 "
                + "| 0 | 0 | 0.05 | 0.5 | no | nostalgia, calmness |"), table);
    }
}
