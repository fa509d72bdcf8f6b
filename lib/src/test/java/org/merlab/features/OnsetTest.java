package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnsetTest {

    @Test
    void matchesLibrosaOnsetStrengthFromItsMelDecibels() {
        for (String clip : Conformance.CLIPS) {
            float[] onset = Onset.onsetStrength(RhythmFixtures.melDb(clip), Onset.Aggregate.MEAN);
            double[] expected = Conformance.load(clip, "onset_strength.npy").data();
            assertEquals(expected.length, onset.length, clip);
            double err = RhythmFixtures.relativeToMax(expected, onset);
            Conformance.report("onset_strength", clip, "err/max", err);
            assertTrue(err < 1e-6, clip + ": " + err);
        }
    }

    @Test
    void matchesLibrosaOnsetStrengthFromTheSignal() {
        for (String clip : Conformance.CLIPS) {
            float[] onset = Onset.onsetStrength(Conformance.signal(clip), 22050);
            double err = RhythmFixtures.relativeToMax(Conformance.load(clip, "onset_strength.npy").data(), onset);
            Conformance.report("onset_strength(y)", clip, "err/max", err);
            assertTrue(err < 1e-6, clip + ": " + err);
        }
    }

    @Test
    void aStepInOneBandShowsUpTwoFramesLaterAsFluxOverBandCount() {
        float[][] s = new float[4][10];
        for (int t = 5; t < 10; t++) {
            s[1][t] = 8f;
        }
        float[] mean = Onset.onsetStrength(s, Onset.Aggregate.MEAN);
        float[] expected = new float[10];
        expected[7] = 2f; // the rise S[5] - S[4] of one band in four, delayed by lag 1 + 2048 / (2 * 512)
        assertArrayEquals(expected, mean);
        assertArrayEquals(new float[10], Onset.onsetStrength(s, Onset.Aggregate.MEDIAN));
    }

    @Test
    void fallingEnergyIsNotAnOnset() {
        float[][] s = {{9, 8, 7, 6, 5, 4, 3}};
        assertArrayEquals(new float[7], Onset.onsetStrength(s, Onset.Aggregate.MEAN));
    }

    @Test
    void medianOfAnEvenBandCountAveragesTheMiddleTwo() {
        float[][] s = {{0, 0, 0, 1}, {0, 0, 0, 2}, {0, 0, 0, 4}, {0, 0, 0, 8}};
        float[] onset = Onset.onsetStrength(s, 2, 1, Onset.Aggregate.MEDIAN); // delay 1 + 2 // 2 = 2
        assertArrayEquals(new float[] {0, 0, 0, 0}, onset);
        float[] later = Onset.onsetStrength(s, 1, 1, Onset.Aggregate.MEDIAN); // delay 1 + 1 // 2 = 1
        assertArrayEquals(new float[] {0, 0, 0, 3}, later);
    }

    @Test
    void rejectsRaggedOrEmptyInput() {
        assertThrows(ParameterException.class, () -> Onset.onsetStrength(new float[0][], Onset.Aggregate.MEAN));
        assertThrows(ParameterException.class,
                () -> Onset.onsetStrength(new float[][] {{1, 2}, {1}}, Onset.Aggregate.MEAN));
        assertThrows(ParameterException.class,
                () -> Onset.onsetStrength(new float[][] {{1, 2}}, 2048, 0, Onset.Aggregate.MEAN));
    }
}
