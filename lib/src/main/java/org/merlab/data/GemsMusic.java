package org.merlab.data;

import org.merlab.data.MusicalProfile.Mode;
import org.merlab.data.MusicalProfile.Range;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table behind the embedded corpus: the musical parameters of each GEMS emotion, and the emotions a listener
 * confuses it with. Directions follow Gabrielsson &amp; Lindström (2001): sadness is minor, slow, soft, low, legato
 * and dark; joyful activation major, fast, loud, high, staccato and bright; tension dissonant, mid-fast, with a
 * crescendo; calmness major, slow, soft, legato and consonant; power loud, low, fast, bright and percussive.
 * The corpus README prints this table ({@link #markdownTable()}) so the generator and its documentation cannot
 * drift apart.
 */
public final class GemsMusic {

    private static final Map<Gems, MusicalProfile> PROFILES = new EnumMap<>(Gems.class);
    private static final Map<Gems, List<Gems>> NEIGHBOURS = new EnumMap<>(Gems.class);

    static {
        // Gabrielsson & Lindström's cue directions, one row per emotion; the README prints these ranges.
        put(Gems.AMAZEMENT, new MusicalProfile(Mode.MAJOR, r(108, 132), r(-20, -17), r(74, 80), r(0.5, 0.7),
                r(0.9, 1.2), 0.15, 0.3, 0.5, 2, false), Gems.JOYFUL_ACTIVATION, Gems.POWER);
        put(Gems.SOLEMNITY, new MusicalProfile(Mode.MAJOR, r(50, 64), r(-22, -19), r(50, 56), r(0.95, 1.0),
                r(1.6, 2.0), 0.0, 0.0, 0.05, 0.5, false), Gems.CALMNESS, Gems.NOSTALGIA);
        put(Gems.TENDERNESS, new MusicalProfile(Mode.MAJOR, r(66, 82), r(-31, -28), r(69, 75), r(0.85, 1.0),
                r(2.2, 2.6), 0.0, 0.0, 0.1, 1, false), Gems.CALMNESS, Gems.NOSTALGIA);
        put(Gems.NOSTALGIA, new MusicalProfile(Mode.MINOR, r(72, 90), r(-28, -25), r(60, 66), r(0.8, 0.95),
                r(1.8, 2.2), 0.05, 0.1, 0.15, 1, false), Gems.SADNESS, Gems.TENDERNESS);
        put(Gems.CALMNESS, new MusicalProfile(Mode.MAJOR, r(54, 68), r(-34, -31), r(60, 66), r(0.95, 1.0),
                r(2.4, 2.8), 0.0, 0.0, 0.05, 0.5, false), Gems.TENDERNESS, Gems.SOLEMNITY);
        put(Gems.POWER, new MusicalProfile(Mode.MINOR, r(120, 144), r(-14, -12), r(45, 51), r(0.5, 0.7),
                r(0.7, 1.0), 0.15, 1.0, 0.2, 1, false), Gems.JOYFUL_ACTIVATION, Gems.TENSION);
        put(Gems.JOYFUL_ACTIVATION, new MusicalProfile(Mode.MAJOR, r(132, 156), r(-17, -14), r(74, 80), r(0.25, 0.4),
                r(0.8, 1.1), 0.0, 0.7, 0.25, 2, false), Gems.POWER, Gems.AMAZEMENT);
        put(Gems.TENSION, new MusicalProfile(Mode.MINOR, r(100, 124), r(-21, -18), r(55, 61), r(0.4, 0.6),
                r(1.2, 1.5), 0.8, 0.4, 0.3, 2, true), Gems.POWER, Gems.SADNESS);
        put(Gems.SADNESS, new MusicalProfile(Mode.MINOR, r(48, 60), r(-32, -29), r(48, 54), r(0.95, 1.0),
                r(2.4, 2.8), 0.0, 0.0, 0.05, 0.5, false), Gems.NOSTALGIA, Gems.CALMNESS);
    }

    private GemsMusic() {
    }

    private static Range r(double min, double max) {
        return new Range(min, max);
    }

    private static void put(Gems emotion, MusicalProfile profile, Gems... neighbours) {
        PROFILES.put(emotion, profile);
        NEIGHBOURS.put(emotion, List.of(neighbours));
    }

    /** The parameter ranges that express {@code emotion}. */
    public static MusicalProfile profile(Gems emotion) {
        return PROFILES.get(emotion);
    }

    /** The two emotions simulated listeners confuse {@code emotion} with (nearest in valence and arousal). */
    public static List<Gems> neighbours(Gems emotion) {
        return NEIGHBOURS.get(emotion);
    }

    /** The table as Markdown, one row per emotion, for the corpus README. */
    public static String markdownTable() {
        StringBuilder s = new StringBuilder("| emotion | mode | tempo (bpm) | loudness (dBFS RMS) "
                + "| melody register (MIDI) | articulation (duty) | rolloff (k^-x) | dissonance | percussion | leaps "
                + "| notes/beat | crescendo | confused with |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Gems g : Gems.values()) {
            MusicalProfile p = profile(g);
            List<Object> cells = List.of(g.label(), p.mode().label(), p.tempoBpm(), p.loudnessDb(), p.registerMidi(),
                    p.articulation(), p.rolloff(), Range.format(p.dissonance()), Range.format(p.percussion()),
                    Range.format(p.leaps()), Range.format(p.notesPerBeat()), p.crescendo() ? "yes" : "no",
                    String.join(", ", neighbours(g).stream().map(Gems::label).toList()));
            for (Object cell : cells) {
                s.append("| ").append(cell).append(' ');
            }
            s.append("|\n");
        }
        return s.toString();
    }
}
