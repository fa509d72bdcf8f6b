package org.merlab.data;

import org.merlab.audio.WavWriter;
import org.merlab.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a small synthetic corpus in Emotify's exact layout, so every notebook runs on a fresh machine with no
 * download: {@code <genre>/<n>.wav} (mono, 22050 Hz, 16-bit PCM) and the official per-participant {@code data.csv},
 * plus {@value #TRUTH} (each track's intended emotion and the parameters it was rendered with) and a
 * {@code README.md} that explains why each class sounds as it does.
 *
 * <p>Each genre gets {@code tracksPerGenreAndEmotion} tracks of each of the nine emotions, numbered 1, 2, ... in the
 * genre's folder and interleaved in GEMS order. Audio comes from {@link Synth} with parameters drawn from
 * {@link GemsMusic}; labels come from {@link SimulatedListeners}. Everything derives from one seed, with a
 * {@link SplittableRandom} per track seeded by {@code (seed, track id)}: the same options give byte-identical files.
 */
public final class SyntheticEmotify {

    /** Output sample rate, librosa's default. */
    public static final int SAMPLE_RATE = 22050;

    /** Bumped whenever the generator's output changes, so cached corpora are rebuilt. */
    public static final int VERSION = 1;

    /** The ground-truth file written beside {@code data.csv}. */
    public static final String TRUTH = "tracks.csv";

    /** The file holding {@link #VERSION} and the options a corpus was made with. */
    public static final String STAMP = "GENERATOR";

    /**
     * What to generate.
     *
     * @param seed                     the one seed everything derives from
     * @param tracksPerGenreAndEmotion tracks per (genre, emotion) cell, 1-11 (Emotify's ids allow 100 per genre)
     * @param seconds                  length of every track
     * @param minParticipants          fewest simulated listeners per track
     * @param maxParticipants          most simulated listeners per track
     */
    public record Options(long seed, int tracksPerGenreAndEmotion, double seconds, int minParticipants,
                          int maxParticipants) {

        /**
         * The default corpus: 2 tracks per cell, 72 tracks of 30 s (18 per genre, 8 per emotion), 15-30 listeners.
         * 30 s is the 4Q clip length and gives the 10- and 20-segment pipelines 3 s and 1.5 s segments; 72 tracks
         * keep generation to seconds and feature extraction to about a minute on one core.
         */
        public static final Options DEFAULT = new Options(20_260_401L, 2, 30, 15, 30);

        /** A smoke-test corpus: 1 track per cell, 36 tracks of 6 s. */
        public static final Options SMOKE = new Options(20_260_401L, 1, 6, 15, 30);

        public Options {
            int maxPerCell = EmotifyGenre.TRACKS_PER_GENRE / Gems.values().length;
            if (tracksPerGenreAndEmotion < 1 || tracksPerGenreAndEmotion > maxPerCell) {
                throw new IllegalArgumentException("tracksPerGenreAndEmotion must be in 1-" + maxPerCell + ", got "
                        + tracksPerGenreAndEmotion);
            }
            if (!(seconds >= 1 && seconds <= 120)) {
                throw new IllegalArgumentException("seconds must be in 1-120, got " + seconds);
            }
            if (minParticipants < 1 || maxParticipants < minParticipants) {
                throw new IllegalArgumentException("participants must satisfy 1 <= min <= max, got "
                        + minParticipants + "-" + maxParticipants);
            }
        }

        /** The default scaled for quick runs: track length and tracks per cell times {@code scale}, at least 1. */
        public static Options scaled(double scale) {
            if (!(scale > 0 && scale <= 1)) {
                throw new IllegalArgumentException("scale must be in (0, 1], got " + scale);
            }
            return new Options(DEFAULT.seed, Math.max(1, (int) Math.round(scale * DEFAULT.tracksPerGenreAndEmotion)),
                    Math.max(1, Math.round(scale * DEFAULT.seconds)), DEFAULT.minParticipants,
                    DEFAULT.maxParticipants);
        }

        /** Total tracks: 4 genres x 9 emotions x tracks per cell. */
        public int tracks() {
            return EmotifyGenre.values().length * Gems.values().length * tracksPerGenreAndEmotion;
        }
    }

    /** What one generation wrote and measured. */
    public record Summary(int tracks, long bytes, int dominantIsIntended) {
    }

    private record Made(int trackId, EmotifyGenre genre, Gems intended, TrackParameters parameters,
                        List<SimulatedListeners.Session> sessions) {

        Gems dominant() {
            double[] counts = new double[Gems.values().length];
            for (SimulatedListeners.Session s : sessions) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += s.chosen()[i];
                }
            }
            return Gems.dominant(counts);
        }
    }

    private SyntheticEmotify() {
    }

    /**
     * Writes a corpus to {@code target}, which must not exist: into a temporary sibling first, renamed when
     * complete, so no partial corpus is ever visible under {@code target}.
     */
    public static Summary generate(Path target, Options options) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "refusing to overwrite a corpus");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            Summary summary = write(tmp, options);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    private static Summary write(Path dir, Options o) throws IOException {
        List<Made> made = new ArrayList<>();
        long bytes = 0;
        for (EmotifyGenre genre : EmotifyGenre.values()) {
            Files.createDirectories(dir.resolve(genre.folder()));
            int n = 0;
            for (int copy = 0; copy < o.tracksPerGenreAndEmotion(); copy++) {
                for (Gems intended : Gems.values()) {
                    int id = genre.trackId(++n);
                    SplittableRandom random = new SplittableRandom(o.seed() * 1_000_003L + id);
                    TrackParameters params = TrackParameters.draw(GemsMusic.profile(intended), random);
                    float[] audio = Synth.render(params, genre, o.seconds(), SAMPLE_RATE, random.split());
                    Path wav = dir.resolve(genre.audioStem(id) + ".wav");
                    WavWriter.writeMono16(wav, audio, SAMPLE_RATE);
                    bytes += Files.size(wav);
                    int participants = o.minParticipants()
                            + random.nextInt(o.maxParticipants() - o.minParticipants() + 1);
                    made.add(new Made(id, genre, intended, params,
                            SimulatedListeners.listen(intended, participants, random.split())));
                }
            }
        }
        List<String> rows = new ArrayList<>(List.of(Emotify.OFFICIAL_HEADER));
        List<String> truth = new ArrayList<>(List.of("track id,genre,intended,participants,mode,key,tempo_bpm,"
                + "loudness_db,register_midi,articulation,rolloff,dissonance,percussion,leaps,notes_per_beat,"
                + "crescendo"));
        int agree = 0;
        for (Made m : made) {
            m.sessions.forEach(s -> rows.add(s.csvRow(m.trackId, m.genre)));
            TrackParameters p = m.parameters;
            truth.add(String.format(Locale.ROOT, "%d,%s,%s,%d,%s,%d,%.2f,%.2f,%d,%.3f,%.3f,%.2f,%.2f,%.2f,%.1f,%b",
                    m.trackId, m.genre.folder(), m.intended.label(), m.sessions.size(), p.mode().label(), p.key(),
                    p.tempoBpm(), p.loudnessDb(), p.registerMidi(), p.articulation(), p.rolloff(), p.dissonance(),
                    p.percussion(), p.leaps(), p.notesPerBeat(), p.crescendo()));
            agree += m.dominant() == m.intended ? 1 : 0;
        }
        bytes += writeLines(dir.resolve(Emotify.OFFICIAL_FILE), rows);
        bytes += writeLines(dir.resolve(TRUTH), truth);
        bytes += writeLines(dir.resolve("README.md"), List.of(CorpusReadme.text(o, made.size(), agree)));
        bytes += writeLines(dir.resolve(STAMP), List.of(stamp(o)));
        return new Summary(made.size(), bytes, agree);
    }

    /** The content of {@value #STAMP}: generator version and options. */
    static String stamp(Options o) {
        return "SyntheticEmotify version " + VERSION + " " + o;
    }

    private static long writeLines(Path file, List<String> lines) throws IOException {
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return Files.size(file);
    }

}
