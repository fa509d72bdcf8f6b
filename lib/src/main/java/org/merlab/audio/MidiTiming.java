package org.merlab.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;

/**
 * The clock of a MIDI sequence: ticks to seconds through its tempo map, and its bars through its time signatures.
 *
 * <p>Tempo ({@code FF 51}, microseconds per quarter note) and time-signature ({@code FF 58}) events are read from every
 * track, as a type-1 file keeps them in any track; until the first tempo event the tempo is MIDI's default of 120
 * quarter notes a minute, until the first time signature the metre is 4/4. A later event at the same tick replaces an
 * earlier one. For SMPTE time division a tick is {@code 1 / (frames per second * resolution)} seconds and there is
 * no tempo map.
 *
 * @see BarRule
 */
public final class MidiTiming {

    /** MIDI's tempo before any tempo event: 500,000 microseconds per quarter note (120 bpm). */
    public static final long DEFAULT_MICROS_PER_QUARTER = 500_000;
    /**
     * A final bar shorter than this fraction of a bar is not counted as a bar of its own: MIDI files often end a few
     * ticks after the last full bar (a note-off or the end-of-track event), which no listener hears as a new bar.
     */
    public static final double LAST_BAR_TOLERANCE = 0.02;

    /** A time signature from {@code tick} on: {@code numerator / denominator}, e.g. 6/8. */
    public record TimeSignature(long tick, int numerator, int denominator) {
    }

    private final float divisionType;
    private final int resolution;
    private final long tickLength;
    /** Tick of each tempo change to its microseconds per quarter note, tick 0 always present. */
    private final TreeMap<Long, Long> tempo = new TreeMap<>();
    /** Seconds elapsed at each tempo change's tick. */
    private final TreeMap<Long, Double> secondsAt = new TreeMap<>();
    private final List<TimeSignature> signatures;

    private MidiTiming(Sequence sequence) {
        divisionType = sequence.getDivisionType();
        resolution = sequence.getResolution();
        tickLength = sequence.getTickLength();
        tempo.put(0L, DEFAULT_MICROS_PER_QUARTER);
        TreeMap<Long, TimeSignature> bySignatureTick = new TreeMap<>();
        bySignatureTick.put(0L, new TimeSignature(0, 4, 4));
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof MetaMessage meta) {
                    byte[] d = meta.getData();
                    if (meta.getType() == 0x51 && d.length >= 3) {
                        tempo.put(event.getTick(), (long) ((d[0] & 0xff) << 16 | (d[1] & 0xff) << 8 | (d[2] & 0xff)));
                    } else if (meta.getType() == 0x58 && d.length >= 2 && d[0] > 0) {
                        bySignatureTick.put(event.getTick(), new TimeSignature(event.getTick(), d[0], 1 << d[1]));
                    }
                }
            }
        }
        double seconds = 0;
        long previousTick = 0;
        long previousTempo = DEFAULT_MICROS_PER_QUARTER;
        for (var change : tempo.entrySet()) {
            seconds += (change.getKey() - previousTick) * previousTempo / (1e6 * resolution);
            secondsAt.put(change.getKey(), seconds);
            previousTick = change.getKey();
            previousTempo = change.getValue();
        }
        signatures = List.copyOf(bySignatureTick.values());
    }

    /** The timing of {@code sequence}. */
    public static MidiTiming of(Sequence sequence) {
        return new MidiTiming(sequence);
    }

    /** Reads a Standard MIDI File; throws {@link AudioException} naming the file when it does not parse. */
    public static Sequence read(Path file) {
        try {
            return MidiSystem.getSequence(file.toFile());
        } catch (InvalidMidiDataException | IOException e) {
            throw new AudioException(file, "not a readable Standard MIDI File", e);
        }
    }

    /** Ticks per quarter note (PPQ) or per SMPTE frame. */
    public int resolution() {
        return resolution;
    }

    /** The tick of the last event (the sequence's length). */
    public long tickLength() {
        return tickLength;
    }

    /** The time signatures in tick order, the first at tick 0. */
    public List<TimeSignature> timeSignatures() {
        return signatures;
    }

    /** Seconds from the start to {@code tick}. */
    public double seconds(long tick) {
        if (divisionType != Sequence.PPQ) {
            return tick / (divisionType * resolution);
        }
        var change = tempo.floorEntry(tick);
        return secondsAt.get(change.getKey()) + (tick - change.getKey()) * change.getValue() / (1e6 * resolution);
    }

    /** The length of the sequence in seconds. */
    public double lengthSeconds() {
        return seconds(tickLength);
    }

    /**
     * The ticks where bars start under {@code rule}, followed by the tick where the last bar ends: {@code bars + 1}
     * values. The last bar may be partial (it ends at {@link #tickLength()}); a remainder shorter than
     * {@link #LAST_BAR_TOLERANCE} of a bar is dropped, but a sequence always has at least one bar. Under
     * {@link BarRule#NOTATED} a time-signature change starts a new bar, as notation does.
     *
     * @throws IllegalStateException for an SMPTE sequence, which has no quarter notes
     */
    public long[] barTicks(BarRule rule) {
        if (divisionType != Sequence.PPQ) {
            throw new IllegalStateException("bars need quarter notes; this sequence uses SMPTE time division");
        }
        List<TimeSignature> metres = rule == BarRule.NOTATED ? signatures : List.of(new TimeSignature(0, 4, 4));
        List<Long> starts = new ArrayList<>();
        for (int s = 0; s < metres.size(); s++) {
            TimeSignature sig = metres.get(s);
            long to = s + 1 < metres.size() ? metres.get(s + 1).tick() : tickLength;
            double bar = resolution * 4.0 * sig.numerator() / sig.denominator();
            for (double t = sig.tick(); t < to - LAST_BAR_TOLERANCE * bar; t += bar) {
                starts.add(Math.round(t));
            }
        }
        if (starts.isEmpty()) {
            starts.add(0L);
        }
        long[] ticks = new long[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            ticks[i] = starts.get(i);
        }
        ticks[starts.size()] = Math.max(tickLength, starts.getLast() + 1);
        return ticks;
    }

    /** {@link #barTicks} in seconds: bar {@code k} spans {@code [s[k], s[k + 1])}. */
    public double[] barSeconds(BarRule rule) {
        long[] ticks = barTicks(rule);
        double[] s = new double[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            s[i] = seconds(ticks[i]);
        }
        return s;
    }
}
