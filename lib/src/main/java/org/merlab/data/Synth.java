package org.merlab.data;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Additive synthesis of one synthetic track from its {@link TrackParameters}: a four-bar chord progression in the
 * track's mode (one chord a bar), a bass line, a random-walk melody, optional drums on the beat, ADSR envelopes whose
 * length follows the articulation, and harmonics {@code k^-rolloff} for brightness. The genre sets the instrument:
 * strings with vibrato (classical), odd-heavy overdriven tones (rock), detuned saw pairs with four-on-the-floor
 * kicks (electronic), decaying piano-like tones (pop).
 *
 * <p>Only {@link StrictMath}, table look-ups and IEEE arithmetic are used, so the samples, and the WAV bytes, are the
 * same on every JVM and platform for the same seed.
 */
final class Synth {

    /** Samples per cycle of the wavetables. */
    private static final int TABLE = 4096;
    private static final double[] SINE = new double[TABLE];
    private static final int MAX_HARMONICS = 16;
    private static final int LOWEST_BASS_MIDI = 28;
    private static final int[][] MAJOR_PROGRESSIONS = {{0, 4, 5, 3}, {0, 3, 4, 0}, {0, 5, 3, 4}};
    private static final int[][] MINOR_PROGRESSIONS = {{0, 5, 2, 6}, {0, 3, 4, 0}, {0, 6, 5, 4}};

    static {
        for (int i = 0; i < TABLE; i++) {
            SINE[i] = StrictMath.sin(2 * Math.PI * i / TABLE);
        }
    }

    private final TrackParameters p;
    private final EmotifyGenre genre;
    private final int sampleRate;
    private final SplittableRandom random;
    private final double[] mix;
    private final Map<Integer, double[]> tables = new HashMap<>();
    /** MIDI note of the melody's tonic: the key's pitch class within half an octave of the register. */
    private final int tonic;

    private Synth(TrackParameters p, EmotifyGenre genre, int samples, int sampleRate, SplittableRandom random) {
        this.p = p;
        this.genre = genre;
        this.sampleRate = sampleRate;
        this.random = random;
        this.mix = new double[samples];
        this.tonic = p.registerMidi() + p.key() - 6;
    }

    /**
     * Renders {@code seconds} of mono audio at {@code sampleRate}, scaled to the track's RMS loudness and then, if a
     * peak would exceed 0.99, scaled down to that peak.
     */
    static float[] render(TrackParameters p, EmotifyGenre genre, double seconds, int sampleRate,
                          SplittableRandom random) {
        Synth s = new Synth(p, genre, (int) Math.round(seconds * sampleRate), sampleRate, random);
        s.compose();
        return s.master();
    }

    /**
     * Bars of four beats, one chord a bar from one of three progressions in the mode (major I-V-vi-IV, I-IV-V-I,
     * I-vi-IV-V; minor i-VI-III-VII, i-iv-v-i, i-VII-VI-v), a melody note every {@code 1 / notesPerBeat} beats
     * (one slot in ten is a rest), and drums on each beat.
     */
    private void compose() {
        double beat = 60.0 / p.tempoBpm();
        int[][] progressions = p.mode() == MusicalProfile.Mode.MAJOR ? MAJOR_PROGRESSIONS : MINOR_PROGRESSIONS;
        int[] progression = progressions[random.nextInt(progressions.length)];
        double seconds = mix.length / (double) sampleRate;
        int melodyDegree = 0;
        double slot = beat / p.notesPerBeat();
        for (int bar = 0; bar * 4 * beat < seconds; bar++) {
            double start = bar * 4 * beat;
            int degree = progression[bar % progression.length];
            chord(start, beat, degree);
            for (double t = start; t < start + 4 * beat - 1e-9; t += slot) {
                melodyDegree = nextMelodyDegree(melodyDegree);
                boolean rest = random.nextDouble() < 0.1;
                if (!rest) {
                    note(t, slot * p.articulation(), tonic + p.mode().semitones(melodyDegree), 0.5);
                }
            }
            for (int b = 0; b < 4; b++) {
                drums(start + b * beat, b, beat);
            }
        }
    }

    /** Chord and bass for one bar; staccato profiles strike the chord on every beat. */
    private void chord(double start, double beat, int degree) {
        int root = tonic - 12;
        boolean perBeat = p.articulation() < 0.6;
        int strokes = perBeat ? 4 : 1;
        double span = perBeat ? beat : 4 * beat;
        boolean cluster = random.nextDouble() < p.dissonance();
        for (int s = 0; s < strokes; s++) {
            double t = start + s * span;
            for (int third = 0; third < 3; third++) {
                note(t, span * p.articulation(), root + p.mode().semitones(degree + 2 * third), 0.18);
            }
            if (cluster) {
                int chordRoot = root + p.mode().semitones(degree);
                note(t, span * p.articulation(), chordRoot + 1, 0.18);
                note(t, span * p.articulation(), chordRoot + 6, 0.18);
            }
            int bass = root - 12 + p.mode().semitones(degree);
            while (bass < LOWEST_BASS_MIDI) {
                bass += 12;
            }
            note(t, span * p.articulation(), bass, 0.35);
        }
    }

    /** A step of the melody's random walk over scale degrees, kept within about an octave of the centre. */
    private int nextMelodyDegree(int degree) {
        int step;
        if (random.nextDouble() < p.leaps()) {
            step = (3 + random.nextInt(3)) * (random.nextBoolean() ? 1 : -1);
        } else {
            step = random.nextInt(5) - 2;
        }
        int next = degree + step;
        return next < -4 || next > 8 ? degree - step : next;
    }

    /** A kick on beats 1 and 3 (every beat for electronic) and a noise snare on 2 and 4. */
    private void drums(double t, int beatInBar, double beat) {
        double level = p.percussion() * switch (genre) {
            case CLASSICAL -> 0.3;
            case ROCK -> 1.0;
            case ELECTRONIC -> 1.2;
            case POP -> 0.7;
        };
        if (level == 0) {
            return;
        }
        if (beatInBar % 2 == 0 || genre == EmotifyGenre.ELECTRONIC) {
            kick(t, 0.6 * level);
        }
        if (beatInBar % 2 == 1) {
            noise(t, 0.25 * level, 0.05);
        }
        if (genre != EmotifyGenre.CLASSICAL) {
            noise(t + beat / 2, 0.08 * level, 0.015);
        }
    }

    /** A sine sweeping from 120 Hz down to 45 Hz with a 60 ms exponential decay. */
    private void kick(double t, double amp) {
        int start = (int) Math.round(t * sampleRate);
        int length = (int) (0.25 * sampleRate);
        double decay = StrictMath.exp(-1.0 / (0.06 * sampleRate));
        double sweep = StrictMath.exp(-1.0 / (0.03 * sampleRate));
        double gain = amp;
        double phase = 0;
        double excess = 75;
        for (int i = start; i < Math.min(mix.length, start + length); i++) {
            mix[i] += gain * SINE[(int) phase];
            phase = (phase + (45 + excess) * TABLE / sampleRate) % TABLE;
            excess *= sweep;
            gain *= decay;
        }
    }

    /** A white-noise burst with an exponential decay of {@code tau} seconds. */
    private void noise(double t, double amp, double tau) {
        int start = (int) Math.round(t * sampleRate);
        int length = (int) (5 * tau * sampleRate);
        double decay = StrictMath.exp(-1.0 / (tau * sampleRate));
        double gain = amp;
        for (int i = start; i < Math.min(mix.length, start + length); i++) {
            mix[i] += gain * (2 * random.nextDouble() - 1);
            gain *= decay;
        }
    }

    /** One note of the genre's instrument; electronic plays two oscillators 7 cents apart. */
    private void note(double t, double duration, int midi, double amp) {
        if (genre == EmotifyGenre.ELECTRONIC) {
            oscillator(t, duration, midi - 0.07, amp / 2);
            oscillator(t, duration, midi + 0.07, amp / 2);
        } else {
            oscillator(t, duration, midi, amp);
        }
    }

    /**
     * Adds a wavetable oscillator with a linear ADSR envelope: attack 8 ms (staccato) to 60 ms (legato), doubled for
     * classical strings; sustain 0.7; release 50-300 ms growing with the articulation. Pop's piano decays
     * exponentially (time constant 0.5 s) instead of sustaining; classical adds a 5.5 Hz, 0.4 % vibrato.
     */
    private void oscillator(double t, double duration, double midi, double amp) {
        double f0 = 440 * StrictMath.pow(2, (midi - 69) / 12);
        double[] table = table((int) Math.min(MAX_HARMONICS, Math.floor(0.45 * sampleRate / f0)));
        double attack = (p.articulation() > 0.8 ? 0.06 : 0.008) * (genre == EmotifyGenre.CLASSICAL ? 2 : 1);
        double release = 0.05 + 0.25 * p.articulation();
        int start = (int) Math.round(t * sampleRate);
        int attackEnd = start + Math.max(1, (int) (attack * sampleRate));
        int noteOff = start + Math.max((int) (duration * sampleRate), attackEnd - start);
        int end = Math.min(mix.length, noteOff + (int) (release * sampleRate));
        double step = f0 * TABLE / sampleRate;
        double pianoDecay = StrictMath.exp(-1.0 / (0.5 * sampleRate));
        double vibratoStep = 5.5 * TABLE / sampleRate;
        double piano = 1;
        double phase = 0;
        double vibrato = 0;
        double level = 0;
        for (int i = start; i < end; i++) {
            if (i < attackEnd) {
                level = 0.7 * (i - start + 1) / (attackEnd - start);
            } else if (i < noteOff) {
                level = 0.7;
            } else {
                level = 0.7 * (end - i) / (end - noteOff);
            }
            if (genre == EmotifyGenre.POP) {
                piano *= pianoDecay;
            }
            int k = (int) phase;
            double frac = phase - k;
            double x = table[k] + frac * (table[(k + 1) % TABLE] - table[k]);
            mix[i] += amp * level * piano * x;
            double inc = step;
            if (genre == EmotifyGenre.CLASSICAL) {
                inc *= 1 + 0.004 * SINE[(int) vibrato];
                vibrato = (vibrato + vibratoStep) % TABLE;
            }
            phase = (phase + inc) % TABLE;
        }
    }

    /**
     * One cycle with harmonics {@code 1..count}, harmonic k at {@code k^-rolloff}; rock halves the even harmonics,
     * electronic keeps the rolloff at most 1 (saw-like). Peak-normalised, cached per harmonic count.
     */
    private double[] table(int count) {
        return tables.computeIfAbsent(Math.max(1, count), n -> {
            double rolloff = genre == EmotifyGenre.ELECTRONIC ? Math.min(1.0, p.rolloff()) : p.rolloff();
            double[] w = new double[TABLE];
            for (int k = 1; k <= n; k++) {
                double a = StrictMath.pow(k, -rolloff) * (genre == EmotifyGenre.ROCK && k % 2 == 0 ? 0.5 : 1);
                for (int i = 0; i < TABLE; i++) {
                    w[i] += a * SINE[(int) ((long) k * i % TABLE)];
                }
            }
            double peak = 0;
            for (double x : w) {
                peak = Math.max(peak, Math.abs(x));
            }
            for (int i = 0; i < TABLE; i++) {
                w[i] /= peak;
            }
            return w;
        });
    }

    /** Crescendo, rock overdrive, then the RMS target and the 0.99 peak ceiling. */
    private float[] master() {
        double peak = peak();
        double crescendo = p.crescendo() ? StrictMath.pow(10, -18 / 20.0) : 1;
        double rise = p.crescendo() ? StrictMath.pow(10, 18 / 20.0 / mix.length) : 1;
        for (int i = 0; i < mix.length; i++) {
            double x = mix[i] / peak * crescendo;
            crescendo *= rise;
            if (genre == EmotifyGenre.ROCK) {
                x = StrictMath.tanh(2.5 * x) / StrictMath.tanh(2.5);
            }
            mix[i] = x;
        }
        double sum = 0;
        for (double x : mix) {
            sum += x * x;
        }
        double rms = Math.sqrt(sum / mix.length);
        double gain = StrictMath.pow(10, p.loudnessDb() / 20) / rms;
        gain = Math.min(gain, 0.99 / peak());
        float[] out = new float[mix.length];
        for (int i = 0; i < mix.length; i++) {
            out[i] = (float) (gain * mix[i]);
        }
        return out;
    }

    private double peak() {
        double peak = 1e-12;
        for (double x : mix) {
            peak = Math.max(peak, Math.abs(x));
        }
        return peak;
    }
}
