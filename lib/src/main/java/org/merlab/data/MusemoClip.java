package org.merlab.data;

import java.nio.file.Path;

/**
 * One fragment of Grekow's GTZAN-derived emotion set ({@link Musemo}): six seconds of a GTZAN track, rated for arousal
 * and valence on -10..10.
 *
 * @param number   the {@code Id} column of {@code All_annotations.csv} (115..438 in the published copy)
 * @param name     the file name, e.g. {@code out_blues.00002.wav}; the audio is {@code all_music_files/<name>}
 * @param genre    one of GTZAN's ten genres, read from the file name
 * @param track    the GTZAN track the fragment was cut from, e.g. {@code blues.00002}: the fold group, because GTZAN
 *                 names no artists (its tracks repeat artists, so folds by track are optimistic)
 * @param arousal  {@code Arousal}
 * @param valence  {@code Valence}
 * @param quadrant {@code EmoCat}: {@code e1}..{@code e4}, the quadrant of the arousal-valence plane
 */
public record MusemoClip(int number, String name, String genre, String track, Path audio, double arousal,
                         double valence, String quadrant) implements GenreClip {

    /** {@code {valence, arousal}}, in {@link Musemo#TARGETS} order. */
    @Override
    public double[] targets() {
        return new double[] {valence, arousal};
    }
}
