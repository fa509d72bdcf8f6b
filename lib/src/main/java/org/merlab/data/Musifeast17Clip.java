package org.merlab.data;

import java.nio.file.Path;

/**
 * One MUSIFEAST-17 clip (van der Walle, Wu, Margulis &amp; Jakubowski 2025): a 30 s instrumental excerpt with the mean
 * ratings of about 40 listeners each.
 *
 * @param number   the row number of {@code MUSIFEAST17_all.csv} (its unnamed first column), 1..356
 * @param name     {@code CLIP_NAME}, e.g. {@code Jazz_HIGH_03}; the audio is {@code stimuli/<name>.mp3}
 * @param genre    one of the 17 collection categories ({@code GENRE}; some are eras or media: 60s, Film, ...)
 * @param artist   {@code ARTIST}, for grouping folds
 * @param valence  {@code valence_M}
 * @param arousal  {@code arousal_M}
 * @param contrast {@code contrast_M}: how much the music was heard to change within the clip
 */
public record Musifeast17Clip(int number, String name, String genre, String artist, Path audio, double valence,
                              double arousal, double contrast) implements GenreClip {

    /** {@code {valence, arousal, contrast}}. */
    @Override
    public double[] targets() {
        return new double[] {valence, arousal, contrast};
    }
}
