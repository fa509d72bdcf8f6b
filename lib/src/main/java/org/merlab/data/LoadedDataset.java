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

    /**
     * At most {@code max} tracks (0 = all), taken round-robin over genres (first of each genre, then second, ...) so
     * a small limit still holds every genre; the kept tracks stay in dataset order. Deterministic: no seed needed.
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public LoadedDataset<T> limit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the track limit must be >= 0, got " + max);
        }
        if (max == 0 || max >= tracks.size()) {
            return this;
        }
        return new LoadedDataset<>(name, RoundRobin.take(tracks, Track::genre, max), missingAudio);
    }
}
