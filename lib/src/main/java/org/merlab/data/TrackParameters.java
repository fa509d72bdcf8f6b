package org.merlab.data;

import org.merlab.data.MusicalProfile.Mode;

import java.util.SplittableRandom;

/**
 * The concrete values one synthetic track was rendered with, drawn from its emotion's {@link MusicalProfile}.
 *
 * @param key          tonic pitch class, 0 (C) to 11 (B)
 * @param registerMidi melody centre, rounded to a MIDI note
 */
public record TrackParameters(Mode mode, int key, double tempoBpm, double loudnessDb, int registerMidi,
                              double articulation, double rolloff, double dissonance, double percussion,
                              double leaps, double notesPerBeat, boolean crescendo) {

    /** Draws every ranged parameter uniformly, the key uniformly from the 12 pitch classes. */
    public static TrackParameters draw(MusicalProfile p, SplittableRandom random) {
        return new TrackParameters(p.mode(), random.nextInt(12), p.tempoBpm().draw(random),
                p.loudnessDb().draw(random), (int) Math.round(p.registerMidi().draw(random)),
                p.articulation().draw(random), p.rolloff().draw(random), p.dissonance(), p.percussion(), p.leaps(),
                p.notesPerBeat(), p.crescendo());
    }
}
