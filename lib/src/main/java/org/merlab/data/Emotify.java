package org.merlab.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads Emotify (Aljanaki, Wiering &amp; Veltkamp 2016, "Studying emotion induced by music through a crowdsourcing
 * game", Information Processing &amp; Management 52(1)): 400 one-minute excerpts, 100 per genre, labelled with the
 * GEMS-9 emotions listeners felt.
 *
 * <p>Two annotation layouts are read, told apart by their header:
 * <ul>
 *   <li>the official per-participant {@code data.csv}, one row per game session:
 *       {@value #OFFICIAL_HEADER}; the nine emotions are 0/1. Rows are aggregated per track: the share of
 *       participants who chose each emotion, and the participant count.</li>
 *   <li>the per-track {@code emotions.csv} (already aggregated): {@code track id, genre, <nine shares>, emotion}.</li>
 * </ul>
 * Audio is looked up as {@code <genre>/<id - offset>.{mp3,wav,ogg}} beside the annotation file
 * (see {@link EmotifyGenre}); annotated tracks without audio are reported in {@link LoadedDataset#missingAudio()}.
 */
public final class Emotify {

    /** The dataset name used in report paths. */
    public static final String NAME = "emotify";

    /** The official per-participant file name. */
    public static final String OFFICIAL_FILE = "data.csv";

    /** The per-track aggregated file name. */
    public static final String AGGREGATED_FILE = "emotions.csv";

    /** The header of the official {@code data.csv}, as released. */
    public static final String OFFICIAL_HEADER = "track id, genre, amazement, solemnity, tenderness, nostalgia, "
            + "calmness, power, joyful_activation, tension, sadness, mood, liked, disliked, age, gender, mother tongue";

    private Emotify() {
    }

    /** Loads the Emotify copy in {@code dir}: its {@link #annotationFile}, audio beside it. */
    public static LoadedDataset<EmotifyTrack> loadDirectory(Path dir) {
        return load(annotationFile(dir), dir, NAME);
    }

    /** The annotations {@link #loadDirectory} reads in {@code dir}: {@value #OFFICIAL_FILE} if present, else
     * {@value #AGGREGATED_FILE}. */
    public static Path annotationFile(Path dir) {
        Path official = dir.resolve(OFFICIAL_FILE);
        return Files.exists(official) ? official : dir.resolve(AGGREGATED_FILE);
    }

    /**
     * Loads an annotation file in either layout, with audio under {@code audioRoot}.
     *
     * @param name the dataset name reported ({@value #NAME}, or {@code embedded} for the synthetic corpus)
     * @throws DatasetException on a missing column, a bad number, a duplicate id (aggregated layout), an unknown
     *                          genre or emotion, or a genre that disagrees with the track id's range
     */
    public static LoadedDataset<EmotifyTrack> load(Path annotations, Path audioRoot, String name) {
        CsvTable table = CsvTable.read(annotations, ',', StandardCharsets.UTF_8);
        List<Annotation> parsed = table.hasColumn("emotion") ? aggregated(table) : perParticipant(table);
        List<EmotifyTrack> tracks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Annotation l : parsed) {
            Optional<Path> audio = AudioFiles.find(audioRoot, l.genre.audioStem(l.trackId));
            if (audio.isEmpty()) {
                missing.add(Integer.toString(l.trackId));
            } else {
                tracks.add(new EmotifyTrack(l.trackId, l.genre.folder(), audio.get(), l.fractions,
                        Gems.dominant(l.fractions), l.participants, l.stated));
            }
        }
        return new LoadedDataset<>(name, tracks, missing);
    }

    private record Annotation(int trackId, EmotifyGenre genre, double[] fractions, int participants,
                          Optional<Gems> stated) {
    }

    /** Reads {@code emotions.csv}: one row per track, shares given, the file's own dominant {@code emotion}. */
    private static List<Annotation> aggregated(CsvTable table) {
        Columns c = new Columns(table);
        int emotion = table.column("emotion");
        CsvTable.Unique<Integer> ids = table.unique("track id");
        List<Annotation> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int id = table.integer(row, c.id);
            ids.add(row, id);
            EmotifyGenre genre = c.genre(row, id);
            double[] shares = new double[c.emotions.length];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = table.number(row, c.emotions[i]);
                if (shares[i] < 0 || shares[i] > 1) {
                    throw table.fail(row, "share " + shares[i] + " of " + Gems.values()[i].label()
                            + " is outside [0, 1]");
                }
            }
            String stated = table.text(row, emotion);
            Gems statedGems = Gems.parse(stated).orElseThrow(() -> table.fail(row, "unknown emotion '" + stated + "'"));
            out.add(new Annotation(id, genre, shares, 0, Optional.of(statedGems)));
        }
        return out;
    }

    /** Reads the official {@code data.csv}: 0/1 choices per session, summed per track (first appearance order). */
    private static List<Annotation> perParticipant(CsvTable table) {
        Columns c = new Columns(table);
        for (String column : OFFICIAL_HEADER.split(", ")) {
            table.column(column);
        }
        Map<Integer, int[]> counts = new LinkedHashMap<>();
        Map<Integer, EmotifyGenre> genres = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int id = table.integer(row, c.id);
            genres.put(id, c.genre(row, id));
            int[] count = counts.computeIfAbsent(id, k -> new int[c.emotions.length + 1]);
            for (int i = 0; i < c.emotions.length; i++) {
                int chosen = table.integer(row, c.emotions[i]);
                if (chosen != 0 && chosen != 1) {
                    throw table.fail(row, "choice " + chosen + " of " + Gems.values()[i].label()
                            + " must be 0 or 1");
                }
                count[i] += chosen;
            }
            count[c.emotions.length]++;
        }
        List<Annotation> out = new ArrayList<>();
        counts.forEach((id, count) -> {
            int n = count[c.emotions.length];
            double[] shares = new double[c.emotions.length];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = count[i] / (double) n;
            }
            out.add(new Annotation(id, genres.get(id), shares, n, Optional.empty()));
        });
        return out;
    }

    /** The columns both layouts share, and the id/genre checks they share. */
    private static final class Columns {
        final CsvTable table;
        final int id;
        final int genre;
        final int[] emotions = new int[Gems.values().length];

        Columns(CsvTable table) {
            this.table = table;
            this.id = table.column("track id");
            this.genre = table.column("genre");
            for (Gems g : Gems.values()) {
                emotions[g.ordinal()] = table.column(g.label());
            }
        }

        /** The row's genre, which must be known and hold the track id in its range. */
        EmotifyGenre genre(CsvTable.Row row, int trackId) {
            String value = table.text(row, genre);
            EmotifyGenre g = EmotifyGenre.parse(value)
                    .orElseThrow(() -> table.fail(row, "unknown genre '" + value + "'"));
            EmotifyGenre byId = EmotifyGenre.ofTrackId(trackId)
                    .orElseThrow(() -> table.fail(row, "track id " + trackId + " is outside 1-400"));
            if (g != byId) {
                throw table.fail(row, "track id " + trackId + " is in the " + byId.folder()
                        + " range, but its genre is '" + value + "'");
            }
            return g;
        }
    }
}
