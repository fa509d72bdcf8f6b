package org.merlab.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.merlab.audio.MidiFixtures.PPQ;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.midi.Sequence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MidiRenderTest {

    /** Two seconds at 120 bpm: a note in the first second, silence in the second. */
    private static Sequence oneNote() {
        Sequence s = MidiFixtures.empty();
        MidiFixtures.note(s.getTracks()[1], 0, PPQ, 69, 100);
        MidiFixtures.note(s.getTracks()[1], 4 * PPQ - 1, 1, 69, 1);
        return s;
    }

    private static double rms(float[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) y[i] * y[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    @Test
    void rendersTheSequenceLengthPlusTheTailAtTheRequestedRate() {
        var options = new RenderOptions(16000, null, 0.5);
        AudioSignal a = MidiRender.render(oneNote(), options, Path.of("one-note"));
        assertEquals(16000, a.sampleRate());
        assertEquals(Math.round(2.5 * 16000), a.samples().length);
        // The note sounds in its half second and has died away long before the end of the tail.
        assertTrue(rms(a.samples(), 1000, 8000) > 1e-3, "the note is audible");
        assertTrue(rms(a.samples(), 36000, 40000) < 1e-2 * rms(a.samples(), 1000, 8000), "and released");
    }

    @Test
    void equalInputGivesEqualSamples() {
        float[] a = MidiRender.render(oneNote(), RenderOptions.DEFAULT, Path.of("a")).samples();
        float[] b = MidiRender.render(oneNote(), RenderOptions.DEFAULT, Path.of("b")).samples();
        assertArrayEquals(a, b);
    }

    @Test
    void theSignatureNamesTheSoundbankAndTheRate() {
        String builtIn = MidiRender.signature(RenderOptions.DEFAULT);
        assertTrue(builtIn.contains("soundbank=builtin:"), builtIn);
        assertNotEquals(builtIn, MidiRender.signature(new RenderOptions(16000, null, 1.0)));
    }

    @Test
    void aSoundbankFileIsIdentifiedByItsBytes(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.sf2"), "one");
        Path b = Files.writeString(dir.resolve("b.sf2"), "two");
        assertNotEquals(MidiRender.soundbankId(a), MidiRender.soundbankId(b));
        assertEquals(MidiRender.soundbankId(a), MidiRender.soundbankId(Files.copy(a, dir.resolve("c.sf2"))));
    }

    @Test
    void anUnreadableSoundbankIsNamed(@TempDir Path dir) throws Exception {
        Path bank = Files.writeString(dir.resolve("bad.sf2"), "not a soundfont");
        var e = assertThrows(AudioException.class,
                () -> MidiRender.render(oneNote(), RenderOptions.DEFAULT.withSoundbank(bank), Path.of("x")));
        assertTrue(e.getMessage().startsWith(bank.toString()), e.getMessage());
    }

    @Test
    void aMidiFileThatDoesNotParseIsNamed(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.mid"), "garbage");
        var e = assertThrows(AudioException.class, () -> MidiRender.render(bad, RenderOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    }
}
