package org.merlab.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class BeatTest {

    /** Asserts librosa's tempo and beat count, beats within one frame, and returns how many beats differ. */
    private static int compareWithLibrosa(String clip, Beat.Track track, String feature) {
        int[] expected = Arrays.stream(Conformance.load(clip, "beat_frames.npy").data()).mapToInt(d -> (int) d)
                .toArray();
        assertEquals(RhythmFixtures.scalar(clip, "tempo.npy"), track.tempo(), 1e-9, clip);
        assertEquals(expected.length, track.frames().length, clip + " beat count");
        int differ = 0;
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - track.frames()[i]) <= 1, clip + " beat " + i);
            differ += expected[i] == track.frames()[i] ? 0 : 1;
        }
        Conformance.report(feature, clip, "differ", differ);
        return differ;
    }

    @Test
    void beatFramesEqualLibrosaBeatTrackOnAllSixClips() {
        int differ = 0;
        for (String clip : Conformance.CLIPS) {
            differ += compareWithLibrosa(clip, Beat.beatTrackOnsets(RhythmFixtures.medianOnset(clip)), "beat_frames");
        }
        assertEquals(0, differ, "beat frames differing by one frame");
    }

    @Test
    void beatTrackFromTheSignalAgreesWithLibrosaWithinOneFrame() {
        for (String clip : Conformance.CLIPS) {
            compareWithLibrosa(clip, Beat.beatTrack(Conformance.signal(clip), 22050), "beat_frames(y)");
        }
    }

    @Test
    void tempoEqualsThePaperFeaturesOfSegmentsWithin30s() throws IOException {
        List<RhythmFixtures.PaperSegment> segments = RhythmFixtures.paperSegmentsWithin30s();
        assertEquals(26, segments.size());
        for (RhythmFixtures.PaperSegment segment : segments) {
            double tempo = Beat.beatTrack(segment.samples(), 22050).tempo();
            assertEquals(segment.tempo(), tempo, 1e-6 * segment.tempo(), segment.name()); // CSV has 9 digits
        }
    }

    @Test
    void aRegularClickTrainIsTrackedOnEveryClick() {
        float[] onset = new float[600];
        for (int t = 10; t < onset.length; t += 20) {
            onset[t] = 1f;
        }
        Beat.Track track = Beat.beatTrackOnsets(onset);
        assertEquals(60.0 * 22050 / (512 * 20), track.tempo(), 1e-9);
        int[] frames = track.frames();
        assertTrue(frames.length >= 25, "beats found: " + frames.length);
        for (int i = 1; i < frames.length; i++) {
            assertEquals(20, frames[i] - frames[i - 1]);
            assertEquals(10, frames[i] % 20, "beats sit on the clicks");
        }
    }

    @Test
    void silenceHasNoTempoAndNoBeats() {
        Beat.Track track = Beat.beatTrackOnsets(new float[100]);
        assertEquals(0.0, track.tempo());
        assertEquals(0, track.frames().length);
    }

    @Test
    void localMaxSkipsTheFirstElementAndKeepsARisingLastOne() {
        boolean[] peaks = Beat.localMax(new double[] {5, 1, 3, 3, 2, 4});
        assertArrayEquals(new boolean[] {false, false, true, false, false, true}, peaks);
    }

    @Test
    void localScoreNeverReachesTheFirstFrame() {
        double[] x = new double[9];
        x[0] = 1.0;
        assertArrayEquals(new double[9], Beat.localScore(x, 2));
        x[0] = 0.0;
        x[4] = 1.0;
        double[] s = Beat.localScore(x, 2);
        assertEquals(1.0, s[4], 1e-12);
        assertEquals(Math.exp(-0.5 * 16 * 16), s[3], 1e-300);
    }

    @Test
    void beatTimesConvertFramesAtTheHop() {
        assertArrayEquals(new double[] {0.0, 512.0 / 22050 * 43},
                new Beat.Track(120, new int[] {0, 43}).times(22050, 512), 1e-12);
    }

    @Test
    void rejectsBadTempoAndTightness() {
        float[] onset = {0f, 1f, 0f, 1f};
        assertThrows(ParameterException.class, () -> Beat.track(onset, 0, 43.07, 100, true));
        assertThrows(ParameterException.class, () -> Beat.track(onset, 120, 43.07, -1, true));
        assertThrows(ParameterException.class, () -> Beat.track(onset, 1e6, 43.07, 100, true));
        assertThrows(ParameterException.class, () -> Beat.track(new float[] {1f}, 120, 43.07, 100, true));
    }
}
