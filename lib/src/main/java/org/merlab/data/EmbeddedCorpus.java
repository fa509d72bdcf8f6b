package org.merlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The default dataset of a fresh checkout: a {@link SyntheticEmotify} corpus under
 * {@code data/embedded/emotify-synth/} (git-ignored), generated on first use and loaded with the official-layout
 * Emotify loader under the dataset name {@value #NAME} (so outputs go to {@code reports/embedded/...}).
 */
public final class EmbeddedCorpus {

    /** The dataset name reported for the synthetic corpus. */
    public static final String NAME = "embedded";

    /** Where the default corpus lives, relative to the repository root. */
    public static final Path DEFAULT_DIR = Path.of("data", "embedded", "emotify-synth");

    private EmbeddedCorpus() {
    }

    /** {@link #ensure(Path, SyntheticEmotify.Options)} with {@link SyntheticEmotify.Options#DEFAULT}. */
    public static Path ensure(Path repoRoot) {
        return ensure(repoRoot, SyntheticEmotify.Options.DEFAULT);
    }

    /**
     * The corpus folder for {@code options}, generated if absent. The default options live in
     * {@link #DEFAULT_DIR}, others beside it in {@code emotify-synth-<seed>-<tracks per cell>x<seconds>s}. A folder
     * made by another generator version or other options is a stale cache: it is rebuilt (new corpus first, then
     * the old one removed), so a half-written corpus is never left in place.
     *
     * @throws UncheckedIOException if the corpus cannot be written
     */
    public static Path ensure(Path repoRoot, SyntheticEmotify.Options options) {
        Path dir = directory(repoRoot, options);
        String stamp = SyntheticEmotify.stamp(options);
        try {
            if (stamp.equals(readStamp(dir))) {
                return dir;
            }
            Path fresh = dir.resolveSibling(dir.getFileName() + ".new");
            SyntheticEmotify.deleteTree(fresh);
            SyntheticEmotify.generate(fresh, options);
            Path old = dir.resolveSibling(dir.getFileName() + ".old");
            SyntheticEmotify.deleteTree(old);
            if (Files.exists(dir)) {
                Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            SyntheticEmotify.deleteTree(old);
            return dir;
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("another process is writing the embedded corpus next to " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedded corpus " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Ensures the default corpus and loads it as dataset {@value #NAME}. */
    public static LoadedDataset<EmotifyTrack> load(Path repoRoot) {
        return load(repoRoot, SyntheticEmotify.Options.DEFAULT);
    }

    /** Ensures the corpus for {@code options} and loads it as dataset {@value #NAME}. */
    public static LoadedDataset<EmotifyTrack> load(Path repoRoot, SyntheticEmotify.Options options) {
        Path dir = ensure(repoRoot, options);
        return Emotify.load(dir.resolve(Emotify.OFFICIAL_FILE), dir, NAME);
    }

    static Path directory(Path repoRoot, SyntheticEmotify.Options o) {
        Path dir = repoRoot.resolve(DEFAULT_DIR);
        if (o.equals(SyntheticEmotify.Options.DEFAULT)) {
            return dir;
        }
        return dir.resolveSibling(dir.getFileName() + "-" + o.seed() + "-" + o.tracksPerGenreAndEmotion() + "x"
                + MusicalProfile.Range.format(o.seconds()) + "s-" + o.minParticipants() + "to" + o.maxParticipants());
    }

    private static String readStamp(Path dir) throws IOException {
        Path stamp = dir.resolve(SyntheticEmotify.STAMP);
        return Files.isRegularFile(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).strip() : null;
    }
}
