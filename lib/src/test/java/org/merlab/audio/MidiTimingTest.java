package org.merlab.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.merlab.audio.MidiFixtures.PPQ;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.midi.Sequence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidiTimingTest {

    /**
     * 4/4 at 120 bpm for two bars, then 3/4 at 60 bpm from tick 3840 (bar 3), the tempo event in the note track:
     * a quarter is 0.5 s, then 1 s.
     */
    private static Sequence tempoAndMetreChanges() {
        Sequence s = MidiFixtures.empty();
        MidiFixtures.tempo(s.getTracks()[0], 0, 120);
        MidiFixtures.timeSignature(s.getTracks()[0], 0, 4, 4);
        MidiFixtures.timeSignature(s.getTracks()[0], 8 * PPQ, 3, 4);
        MidiFixtures.tempo(s.getTracks()[1], 8 * PPQ, 60);
        // Notes to the end of two 3/4 bars: 8 + 6 quarters.
        MidiFixtures.note(s.getTracks()[1], 0, PPQ, 60, 90);
        MidiFixtures.note(s.getTracks()[1], 13 * PPQ, PPQ, 64, 90);
        return s;
    }

    @Test
    void secondsFollowTheTempoMapAcrossTracks() {
        MidiTiming t = MidiTiming.of(tempoAndMetreChanges());
        assertEquals(0.0, t.seconds(0), 1e-12);
        assertEquals(0.5, t.seconds(PPQ), 1e-12);
        assertEquals(4.0, t.seconds(8 * PPQ), 1e-12);
        assertEquals(5.0, t.seconds(9 * PPQ), 1e-12);
        assertEquals(4.0 + 6.0, t.lengthSeconds(), 1e-12);
    }

    @Test
    void notatedBarsFollowTheTimeSignatures() {
        MidiTiming t = MidiTiming.of(tempoAndMetreChanges());
        assertArrayEquals(new long[] {0, 4 * PPQ, 8 * PPQ, 11 * PPQ, 14 * PPQ}, t.barTicks(BarRule.NOTATED));
        assertArrayEquals(new double[] {0, 2, 4, 7, 10}, t.barSeconds(BarRule.NOTATED), 1e-12);
    }

    @Test
    void fourQuarterBarsIgnoreTheTimeSignatures() {
        MidiTiming t = MidiTiming.of(tempoAndMetreChanges());
        // 14 quarters: three bars of four and a partial bar of two.
        assertArrayEquals(new long[] {0, 4 * PPQ, 8 * PPQ, 12 * PPQ, 14 * PPQ}, t.barTicks(BarRule.FOUR_QUARTERS));
        assertArrayEquals(new double[] {0, 2, 4, 8, 10}, t.barSeconds(BarRule.FOUR_QUARTERS), 1e-12);
    }

    @Test
    void aFewTicksPastTheLastBarAreNoBarOfTheirOwn() {
        Sequence s = MidiFixtures.empty();
        MidiFixtures.note(s.getTracks()[1], 0, 8 * PPQ + 5, 60, 90);
        long[] bars = MidiTiming.of(s).barTicks(BarRule.FOUR_QUARTERS);
        assertEquals(3, bars.length, "two bars and their end");
        assertEquals(8 * PPQ + 5, bars[2]);
    }

    @Test
    void defaultsAre120BpmAndFourFour() {
        Sequence s = MidiFixtures.empty();
        MidiFixtures.note(s.getTracks()[1], 0, 4 * PPQ, 60, 90);
        MidiTiming t = MidiTiming.of(s);
        assertEquals(2.0, t.lengthSeconds(), 1e-12);
        assertEquals(new MidiTiming.TimeSignature(0, 4, 4), t.timeSignatures().getFirst());
    }

    @Test
    void aWrittenFileReadsBackWithTheSameClock(@TempDir Path dir) throws Exception {
        Path file = MidiFixtures.write(tempoAndMetreChanges(), dir.resolve("t.mid"));
        assertArrayEquals(new double[] {0, 2, 4, 7, 10},
                MidiTiming.of(MidiTiming.read(file)).barSeconds(BarRule.NOTATED), 1e-9);
    }

    @Test
    void aFileThatDoesNotParseIsNamed(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.mid"), "MThd but not really");
        var e = assertThrows(AudioException.class, () -> MidiTiming.read(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }
}
