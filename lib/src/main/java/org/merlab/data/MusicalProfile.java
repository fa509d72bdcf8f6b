package org.merlab.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The musical parameters that make a synthetic track sound like one GEMS emotion, after Gabrielsson &amp; Lindström
 * (2001), "The influence of musical structure on emotional expression" (in Juslin &amp; Sloboda, Music and Emotion):
 * mode, tempo, loudness, register, articulation, brightness and dissonance are the cues they found most reliable.
 * Each track draws its own values uniformly from the ranges ({@link TrackParameters#draw}).
 *
 * @param mode          major or minor scale for melody and chords
 * @param tempoBpm      beats per minute
 * @param loudnessDb    RMS level of the finished track in dBFS
 * @param registerMidi  MIDI note the melody centres on (chords one octave, bass two octaves lower)
 * @param articulation  sounding fraction of each note's time slot: about 0.3 staccato, 1.0 legato
 * @param rolloff       brightness: harmonic k has amplitude {@code k^-rolloff}; 0.8 bright, 2.6 dark
 * @param dissonance    probability that a bar's chord gets a semitone cluster and a tritone added
 * @param percussion    level of clicks and drums on the beat, 0 (none) to 1
 * @param leaps         probability that a melody step is a leap of a fourth or more instead of a step
 * @param notesPerBeat  melody density: 0.5, 1 or 2 notes per beat
 * @param crescendo     whether the level rises by 18 dB across the track
 */
public record MusicalProfile(Mode mode, Range tempoBpm, Range loudnessDb, Range registerMidi, Range articulation,
                             Range rolloff, double dissonance, double percussion, double leaps, double notesPerBeat,
                             boolean crescendo) {

    /** A scale: its seven intervals in semitones from the tonic. */
    public enum Mode {
        MAJOR(0, 2, 4, 5, 7, 9, 11), MINOR(0, 2, 3, 5, 7, 8, 10);

        private final int[] intervals;

        Mode(int... intervals) {
            this.intervals = intervals;
        }

        /** Semitones above the tonic of scale degree {@code degree} (0 = tonic; negative and above 6 wrap octaves). */
        public int semitones(int degree) {
            return 12 * Math.floorDiv(degree, 7) + intervals[Math.floorMod(degree, 7)];
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A closed interval a parameter is drawn from uniformly. */
    public record Range(double min, double max) {

        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException("range min " + min + " exceeds max " + max);
            }
        }

        double draw(SplittableRandom random) {
            return min == max ? min : min + (max - min) * random.nextDouble();
        }

        @Override
        public String toString() {
            return min == max ? format(min) : format(min) + " to " + format(max);
        }

        /** A number as the tables write it: {@code 30} for 30.0, {@code 2.5} for 2.5. */
        static String format(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }
    }
}
