package org.merlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.merlab.audio.Audio;
import org.merlab.audio.AudioException;

/**
 * Builds the {@link DatasetIndex} of an Emotify copy: the annotation file {@link Emotify#loadDirectory} reads, then
 * the audio of every annotated track in annotation-file order, each with its size, SHA-256 and, for audio, the duration our
 * decoder gives ({@link Audio#load}, 22050 Hz mono: the samples the feature pipeline cuts into segments).
 */
public final class EmotifyIndex {

    /** The committed index of the full 400-track copy, relative to the repository root. */
    public static final Path DEFAULT = Path.of("data", "indexes", "emotify.tsv");

    private EmotifyIndex() {
    }

    /**
     * An index as built, with what keeps it from describing a complete, decodable copy.
     *
     * @param index        every file found; an audio file that failed to decode has no {@code seconds}
     * @param undecodable  audio files our decoder rejected, with its message
     * @param missingAudio ids of annotated tracks without audio
     */
    public record Built(DatasetIndex index, List<Failure> undecodable, List<String> missingAudio) {

        public Built {
            undecodable = List.copyOf(undecodable);
            missingAudio = List.copyOf(missingAudio);
        }

        /** Every annotated track has audio and every audio file decodes. */
        public boolean complete() {
            return undecodable.isEmpty() && missingAudio.isEmpty();
        }
    }

    /** An audio file that could not be decoded, and why. */
    public record Failure(Path file, String reason) {
    }

    /**
     * Hashes and decodes the copy in {@code dir}, one file at a time.
     *
     * @param onTrack called after each track's audio, e.g. to advance a progress bar
     * @throws DatasetException if the annotation file is missing or malformed
     */
    public static Built build(Path dir, Consumer<Path> onTrack) {
        LoadedDataset<EmotifyTrack> ds = Emotify.loadDirectory(dir);
        Path annotations = Emotify.annotationFile(dir);
        List<DatasetIndex.Entry> entries = new ArrayList<>();
        entries.add(DatasetIndex.Entry.of(annotations, relative(dir, annotations), OptionalInt.empty(),
                OptionalDouble.empty()));
        List<Failure> failures = new ArrayList<>();
        for (EmotifyTrack t : ds.tracks()) {
            OptionalDouble seconds;
            try {
                seconds = OptionalDouble.of(Audio.load(t.audio()).durationSeconds());
            } catch (AudioException e) {
                failures.add(new Failure(t.audio(), e.getMessage()));
                seconds = OptionalDouble.empty();
            }
            entries.add(DatasetIndex.Entry.of(t.audio(), relative(dir, t.audio()), OptionalInt.of(t.trackId()),
                    seconds));
            onTrack.accept(t.audio());
        }
        return new Built(new DatasetIndex(entries), failures, ds.missingAudio());
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
