package org.merlab.data;

import java.nio.file.Path;

/**
 * One clip of the 4Q dataset.
 *
 * @param id       AllMusic song id, e.g. {@code MT0000956340}
 * @param genre    the first genre of the metadata's {@code GenresStr} (e.g. {@code Pop/Rock}), empty without metadata
 * @param audio    the audio file, {@code <quadrant>/<id>.mp3}
 * @param quadrant the label; {@link Quadrant#valence()} and {@link Quadrant#arousal()} give its signs
 */
public record FourQClip(String id, String genre, Path audio, Quadrant quadrant) implements Track {

    @Override
    public String label() {
        return quadrant.name();
    }
}
