package org.merlab.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.merlab.io.AtomicFiles;

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

    /**
     * The corpus of smoke runs: the default's 72 tracks (about 8 per dominant emotion, the fewest a 70/15/15 track
     * split by class needs to leave validation and test non-empty) at {@link SyntheticEmotify.Options#SMOKE}'s 6 s.
     */
    public static final SyntheticEmotify.Options SMOKE = new SyntheticEmotify.Options(
            SyntheticEmotify.Options.DEFAULT.seed(), SyntheticEmotify.Options.DEFAULT.tracksPerGenreAndEmotion(),
            SyntheticEmotify.Options.SMOKE.seconds(), SyntheticEmotify.Options.DEFAULT.minParticipants(),
            SyntheticEmotify.Options.DEFAULT.maxParticipants());

    private EmbeddedCorpus() {
    }

    /** {@link #SMOKE} in smoke mode, else {@link SyntheticEmotify.Options#DEFAULT}. */
    public static SyntheticEmotify.Options options(boolean smoke) {
        return smoke ? SMOKE : SyntheticEmotify.Options.DEFAULT;
    }

    /** {@link #ensure(Path, SyntheticEmotify.Options)} with {@link SyntheticEmotify.Options#DEFAULT}. */
    public static Path ensure(Path repoRoot) {
        return ensure(repoRoot, SyntheticEmotify.Options.DEFAULT);
    }

    /**
     * The corpus folder for {@code options}, generated if absent. The default options live in
     * {@link #DEFAULT_DIR}, others beside it in {@code emotify-synth-<seed>-<per cell>x<seconds>s-<min>to<max>}.
     * A folder whose {@value SyntheticEmotify#STAMP} names another generator version or other options is a stale
     * cache and is replaced. The new corpus is complete before it is renamed into place, so a reader never sees a
     * partial one; when several processes race, the first rename wins and the others use its corpus.
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
            String unique = ProcessHandle.current().pid() + "-" + System.nanoTime();
            Path fresh = dir.resolveSibling("." + dir.getFileName() + ".new-" + unique);
            Path old = dir.resolveSibling("." + dir.getFileName() + ".old-" + unique);
            SyntheticEmotify.generate(fresh, options);
            try {
                if (Files.exists(dir)) {
                    Files.move(dir, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException lostRace) {
                AtomicFiles.deleteTree(fresh);
                if (!stamp.equals(readStamp(dir))) {
                    throw lostRace;
                }
            }
            AtomicFiles.deleteTree(old);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedded corpus " + dir + ": " + e, e);
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

    /** Where the corpus for {@code o} lives (or will, once {@link #ensure} has made it), under {@code repoRoot}. */
    public static Path directory(Path repoRoot, SyntheticEmotify.Options o) {
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
