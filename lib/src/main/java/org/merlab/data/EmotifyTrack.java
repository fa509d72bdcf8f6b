package org.merlab.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One Emotify track with its induced-emotion labels.
 *
 * @param trackId        Emotify's track id, 1-400
 * @param genre          {@code classical}, {@code rock}, {@code electronic} or {@code pop}
 * @param audio          the audio file
 * @param fractions      nine shares in {@link Gems} order: the fraction of participants who chose each emotion
 *                       (several per participant, so they do not sum to 1); the continuous targets
 * @param dominant       {@link Gems#dominant(double[])} of the shares (ties: first in GEMS order)
 * @param participants   how many participants rated the track, 0 when the annotation file does not say
 *                       (the aggregated {@code emotions.csv})
 * @param statedDominant the file's own {@code emotion} column where it has one, which may name another of tied maxima
 */
public record EmotifyTrack(int trackId, String genre, Path audio, double[] fractions, Gems dominant, int participants,
                           Optional<Gems> statedDominant) implements Track {

    public EmotifyTrack {
        if (fractions.length != Gems.values().length) {
            throw new IllegalArgumentException("expected 9 GEMS shares for track " + trackId + ", got "
                    + fractions.length);
        }
        fractions = fractions.clone();
        if (dominant != Gems.dominant(fractions)) {
            throw new IllegalArgumentException("track " + trackId + ": dominant " + dominant.label()
                    + " is not the largest share (GEMS-order tie rule gives " + Gems.dominant(fractions).label() + ")");
        }
    }

    @Override
    public String id() {
        return Integer.toString(trackId);
    }

    @Override
    public String label() {
        return dominant.label();
    }

    @Override
    public double[] fractions() {
        return fractions.clone();
    }

    /** The share of participants who chose {@code emotion}. */
    public double fraction(Gems emotion) {
        return fractions[emotion.ordinal()];
    }
}
