package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedListenersTest {

    @Test
    void everyListenerTicksAtLeastOneEmotionAndTheIntendedOneLeadsOnAverage() {
        List<SimulatedListeners.Session> sessions =
                SimulatedListeners.listen(Gems.NOSTALGIA, 2000, new SplittableRandom(9));
        assertEquals(2000, sessions.size());
        double[] shares = new double[9];
        for (SimulatedListeners.Session s : sessions) {
            int ticked = 0;
            for (int i = 0; i < 9; i++) {
                ticked += s.chosen()[i];
                shares[i] += s.chosen()[i] / 2000.0;
            }
            assertTrue(ticked >= 1);
            assertTrue(s.mood() >= 1 && s.mood() <= 5 && s.liked() + s.disliked() <= 1);
        }
        assertEquals(Gems.NOSTALGIA, Gems.dominant(shares));
        // neighbours (sadness, tenderness) about 0.30, the others about 0.07
        assertEquals(0.30, shares[Gems.SADNESS.ordinal()], 0.04);
        assertEquals(0.07, shares[Gems.POWER.ordinal()], 0.03);
        double sum = 0;
        for (double x : shares) {
            sum += x;
        }
        assertTrue(sum > 1.1 && sum < 2.0, "shares sum to " + sum);
    }

    @Test
    void sessionsBecomeOfficialDataCsvRows() {
        SimulatedListeners.Session s = new SimulatedListeners.Session(new int[] {0, 0, 1, 0, 1, 0, 0, 0, 0}, 3, 1, 0,
                25, 1, "Dutch");
        assertEquals("147,rock,0,0,1,0,1,0,0,0,0,3,1,0,25,1,Dutch", s.csvRow(147, EmotifyGenre.ROCK));
    }
}
