package org.merlab.audio;

import java.nio.file.Path;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/** Hand-built MIDI sequences whose timing is known by construction. */
final class MidiFixtures {

    static final int PPQ = 480;

    private MidiFixtures() {
    }

    /** An empty PPQ sequence with a conductor track (index 0) and a note track (index 1). */
    static Sequence empty() {
        try {
            Sequence s = new Sequence(Sequence.PPQ, PPQ);
            s.createTrack();
            s.createTrack();
            return s;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    static void tempo(Track track, long tick, double bpm) {
        int micros = (int) Math.round(60e6 / bpm);
        meta(track, tick, 0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros});
    }

    static void timeSignature(Track track, long tick, int numerator, int denominator) {
        meta(track, tick, 0x58, new byte[] {(byte) numerator, (byte) Integer.numberOfTrailingZeros(denominator), 24, 8});
    }

    /** A piano note of {@code length} ticks on channel 0. */
    static void note(Track track, long tick, long length, int key, int velocity) {
        try {
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, key, velocity), tick));
            track.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, key, 0), tick + length));
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code s} as a type-1 Standard MIDI File. */
    static Path write(Sequence s, Path file) throws java.io.IOException {
        MidiSystem.write(s, 1, file.toFile());
        return file;
    }

    private static void meta(Track track, long tick, int type, byte[] data) {
        try {
            track.add(new MidiEvent(new MetaMessage(type, data, data.length), tick));
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException(e);
        }
    }
}
