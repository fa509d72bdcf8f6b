package org.merlab.data;

import java.util.Locale;
import java.util.Optional;

/**
 * Emotify's four genres. Track ids are {@code offset + n}, where {@code n} (1-100) numbers the files of the genre's
 * folder: track 147 is {@code rock/47.mp3}.
 */
public enum EmotifyGenre {
    CLASSICAL(0), ROCK(100), ELECTRONIC(200), POP(300);

    /** Tracks per genre in the full dataset, so ids run 1-400. */
    public static final int TRACKS_PER_GENRE = 100;

    private final int offset;

    EmotifyGenre(int offset) {
        this.offset = offset;
    }

    /** The folder and the {@code genre} column value, e.g. {@code classical}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int offset() {
        return offset;
    }

    /** The track id of the {@code n}-th file (1-based) of this genre. */
    public int trackId(int n) {
        return offset + n;
    }

    /** The audio path without extension relative to the dataset folder, e.g. {@code rock/47} for track 147. */
    public String audioStem(int trackId) {
        return folder() + "/" + (trackId - offset);
    }

    /** The genre whose id range (offset+1 to offset+100) holds {@code trackId}, if any. */
    public static Optional<EmotifyGenre> ofTrackId(int trackId) {
        for (EmotifyGenre g : values()) {
            if (trackId > g.offset && trackId <= g.offset + TRACKS_PER_GENRE) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The genre spelled {@code folder} (as {@link #folder()} gives it), if any. */
    public static Optional<EmotifyGenre> parse(String folder) {
        return Labels.find(values(), EmotifyGenre::folder, folder);
    }
}
