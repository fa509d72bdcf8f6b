package org.merlab.data;

import java.util.List;

/**
 * A loader's result: the tracks whose audio was found and the ids of annotated tracks whose audio is missing.
 * Missing audio is reported, not fatal: development subsets hold the annotations of every track but audio of a few.
 *
 * @param name          the dataset name used in report paths ({@code emotify}, {@code 4q}, {@code embedded})
 * @param tracks        tracks with audio, in annotation-file order
 * @param missingAudio  ids of annotated tracks without an audio file, in annotation-file order
 */
public record LoadedDataset<T extends Track>(String name, List<T> tracks, List<String> missingAudio) {

    public LoadedDataset {
        tracks = List.copyOf(tracks);
        missingAudio = List.copyOf(missingAudio);
    }

    /** One line for a notebook, e.g. {@code emotify: 120 tracks with audio, 280 annotated tracks without}. */
    public String summary() {
        return name + ": " + tracks.size() + " tracks with audio, " + missingAudio.size() + " annotated tracks without";
    }
}
