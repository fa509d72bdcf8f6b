package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TempoTest {

    @Test
    void tempoEqualsLibrosaBeatTrackTempoOnAllSixClips() {
        for (String clip : Conformance.CLIPS) {
            double expected = RhythmFixtures.scalar(clip, "tempo.npy");
            double tempo = Tempo.tempo(RhythmFixtures.medianOnset(clip));
            Conformance.report("tempo", clip, "abs err", Math.abs(tempo - expected));
            assertEquals(expected, tempo, 1e-9 * expected, clip);
        }
    }

    @Test
    void tempoFrequenciesFollowTheLagGrid() {
        double[] bpm = Tempo.tempoFrequencies(4, 22050, 512);
        assertEquals(Double.POSITIVE_INFINITY, bpm[0]);
        assertEquals(60.0 * 22050 / 512, bpm[1], 1e-12);
        assertEquals(60.0 * 22050 / 1536, bpm[3], 1e-12);
    }

    @Test
    void aClickTrainAt20FramesPerBeatGives129Bpm() {
        float[] onset = new float[800];
        for (int t = 7; t < onset.length; t += 20) {
            onset[t] = 1f;
        }
        assertEquals(60.0 * 22050 / (512 * 20), Tempo.tempo(onset), 1e-9);
    }

    @Test
    void linearRampPadRisesToTheEdgeValues() {
        float[] padded = Tempo.linearRampPad(new float[] {4f, 1f, 8f}, 4);
        assertArrayEquals(new float[] {0f, 1f, 2f, 3f, 4f, 1f, 8f, 6f, 4f, 2f, 0f}, padded);
    }

    @Test
    void meanTempogramEqualsBruteForceAutocorrelation() {
        Random random = new Random(42);
        float[] onset = new float[50];
        for (int i = 0; i < onset.length; i++) {
            onset[i] = random.nextFloat();
        }
        int w = 16;
        float[] padded = Tempo.linearRampPad(onset, w / 2);
        double[] window = Window.hann(w);
        double[] expected = new double[w];
        for (int t = 0; t < onset.length; t++) {
            double[] ac = new double[w];
            for (int lag = 0; lag < w; lag++) {
                for (int k = 0; k + lag < w; k++) {
                    ac[lag] += padded[t + k] * window[k] * padded[t + k + lag] * window[k + lag];
                }
            }
            for (int lag = 0; lag < w; lag++) {
                expected[lag] += ac[lag] / ac[0] / onset.length;
            }
        }
        assertArrayEquals(expected, Tempo.meanTempogram(onset, w), 1e-12);
    }

    @Test
    void rejectsEmptyAndNonFiniteEnvelopes() {
        assertThrows(ParameterException.class, () -> Tempo.tempo(new float[0]));
        assertThrows(ParameterException.class, () -> Tempo.tempo(new float[] {1f, Float.NaN}));
    }
}
