package org.merlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.merlab.io.AtomicFiles;

/**
 * A small stand-in for VGMIDI, written in VGMIDI's layout ({@link Vgmidi}) so the same loader, renderer and models
 * run on it: piano pieces whose emotion follows a planted valence/arousal trajectory, bar by bar.
 *
 * <p>Each piece has a smooth trajectory {@code v(k), a(k)} in [-0.9, 0.9] (a sine of random phase and period
 * around a random level). Bar {@code k} is played so that its audio carries it: arousal sets the tempo
 * ({@code 70 + 50 a} bpm, a tempo event every bar, so the bar times need the tempo map), the loudness
 * ({@code velocity 70 + 40 a}) and the notes per bar ({@code 2 + round(3 (a + 1))}); valence sets the mode (the
 * major or the minor triad, chosen with probability {@code (v + 1) / 2} per note) and the register (a higher
 * root for positive valence). Annotators see the trajectory through noise (sd 0.15) and are clipped to [-1, 1].
 * Pieces are spread over {@code games} games, the groups a grouped split keeps apart.
 */
public final class SyntheticVgmidi {

    /** Settings; validated. */
    public record Options(int pieces, int games, int minBars, int maxBars, int annotators, long seed) {
        /** 48 pieces of 12..24 bars in 12 games, 6 annotators each. */
        public static final Options DEFAULT = new Options(48, 12, 12, 24, 6, 7);
        /** Smoke mode's: 12 pieces of 12..24 bars, one per game, 6 annotators each. */
        public static final Options SMOKE = new Options(12, 12, 12, 24, 6, 7);

        public Options {
            if (pieces < 1 || games < 1 || games > pieces) {
                throw new IllegalArgumentException("need 1 <= games <= pieces, got " + games + " games for "
                        + pieces + " pieces");
            }
            if (minBars < 2 || maxBars < minBars) {
                throw new IllegalArgumentException("need 2 <= minBars <= maxBars, got " + minBars + ".." + maxBars);
            }
            if (annotators < 1) {
                throw new IllegalArgumentException("annotators must be at least 1, got " + annotators);
            }
        }
    }

    /** Version of the generator; a folder stamped with another is rebuilt. */
    static final int VERSION = 1;
    static final String STAMP = "GENERATOR";
    private static final int PPQ = 480;
    private static final double NOISE = 0.15;

    private SyntheticVgmidi() {
    }

    /**
     * The corpus for {@code options} under {@code parent} ({@code vgmidi-synth-<seed>-<pieces>}), generated if absent
     * or stamped by another version; generated into a temporary folder and renamed into place
     * ({@link AtomicFiles#replaceDirectory}), so no reader sees a partial corpus.
     */
    public static Path ensure(Path parent, Options options) {
        Path dir = parent.resolve("vgmidi-synth-" + options.seed() + "-" + options.pieces());
        String stamp = "synthetic-vgmidi/" + VERSION + " " + options;
        try {
            Path stampFile = dir.resolve(STAMP);
            if (Files.isRegularFile(stampFile) && Files.readString(stampFile).strip().equals(stamp)) {
                return dir;
            }
            Files.createDirectories(parent);
            return AtomicFiles.replaceDirectory(dir, fresh -> {
                generate(fresh, options);
                Files.writeString(fresh.resolve(STAMP), stamp + "\n");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic VGMIDI corpus " + dir + ": " + e, e);
        }
    }

    /** Writes {@code midi/*.mid} and {@code annotations/vgmidi_raw_1.json} into {@code dir}. */
    static void generate(Path dir, Options o) throws IOException {
        Files.createDirectories(dir.resolve("midi"));
        Files.createDirectories(dir.resolve("annotations"));
        var json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode pieces = root.putObject("pieces");
        ObjectNode annotations = root.putObject("annotations");
        var rng = new SplittableRandom(o.seed());
        for (int p = 0; p < o.pieces(); p++) {
            int bars = o.minBars() + rng.nextInt(o.maxBars() - o.minBars() + 1);
            double[] v = trajectory(rng, bars);
            double[] a = trajectory(rng, bars);
            String midi = String.format(Locale.ROOT, "Synth_SYN_Game%02d_Piece%03d.mid", p % o.games(), p);
            MidiSystem.write(sequence(v, a, rng), 1, dir.resolve("midi").resolve(midi).toFile());
            String key = "piece" + p;
            pieces.putObject(key).put("midi", midi).put("measures", bars).put("name", "Piece " + p);
            for (int r = 1; r <= o.annotators(); r++) {
                ObjectNode entry = annotations.putObject(key + "_" + r);
                var vs = entry.putArray("valence");
                var as = entry.putArray("arousal");
                for (int k = 0; k < bars; k++) {
                    vs.add(round(clip(v[k] + NOISE * rng.nextGaussian())));
                    as.add(round(clip(a[k] + NOISE * rng.nextGaussian())));
                }
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("annotations/vgmidi_raw_1.json").toFile(), root);
    }

    /** A smooth path in [-0.9, 0.9]: a random level plus a sine of random amplitude, period and phase. */
    static double[] trajectory(SplittableRandom rng, int bars) {
        double level = rng.nextDouble(-0.6, 0.6);
        double amplitude = rng.nextDouble(0.1, 0.5);
        double period = rng.nextDouble(6, 20);
        double phase = rng.nextDouble(0, 2 * Math.PI);
        double[] x = new double[bars];
        for (int k = 0; k < bars; k++) {
            x[k] = Math.max(-0.9, Math.min(0.9, level + amplitude * Math.sin(2 * Math.PI * k / period + phase)));
        }
        return x;
    }

    /** One piano track playing bar {@code k} as {@code v[k], a[k]} say, 4/4 with a tempo event per bar. */
    static Sequence sequence(double[] v, double[] a, SplittableRandom rng) {
        try {
            Sequence s = new Sequence(Sequence.PPQ, PPQ);
            Track t = s.createTrack();
            t.add(new MidiEvent(new MetaMessage(0x58, new byte[] {4, 2, 24, 8}, 4), 0));
            t.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, 0, 0), 0));
            int bar = 4 * PPQ;
            for (int k = 0; k < v.length; k++) {
                int micros = (int) Math.round(60e6 / (70 + 50 * a[k]));
                t.add(new MidiEvent(new MetaMessage(0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8),
                        (byte) micros}, 3), (long) k * bar));
                int notes = 2 + (int) Math.round(3 * (a[k] + 1));
                int velocity = (int) Math.round(70 + 40 * a[k]);
                int root = 48 + (int) Math.round(6 * (v[k] + 1));
                int length = bar / notes;
                for (int n = 0; n < notes; n++) {
                    boolean major = rng.nextDouble() < (v[k] + 1) / 2;
                    int[] triad = major ? new int[] {0, 4, 7, 12} : new int[] {0, 3, 7, 12};
                    int key = root + triad[rng.nextInt(triad.length)] + (rng.nextBoolean() ? 12 : 0);
                    long on = (long) k * bar + (long) n * length;
                    t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, key, velocity), on));
                    t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, key, 0), on + length - 1));
                    // A bass note on the root every bar keeps the mode audible at low arousal.
                    if (n == 0) {
                        t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, 0, root - 12, velocity), on));
                        t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_OFF, 0, root - 12, 0),
                                (long) (k + 1) * bar - 1));
                    }
                }
            }
            t.add(new MidiEvent(new MetaMessage(0x2F, new byte[0], 0), (long) v.length * bar));
            return s;
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("the generator built an invalid MIDI message", e);
        }
    }

    private static double clip(double x) {
        return Math.max(-1, Math.min(1, x));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
