package org.merlab.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads dynamic valence/arousal in the CSV layout of DEAM and of emoMusic (the "1000 Songs", from which DEAM grew):
 * one row per song, {@code song_id,sample_15000ms,sample_15500ms,...}, the listeners' mean rating at each time
 * on -1..1. Two folder layouts, told apart by which files exist:
 * <ul>
 *   <li>emoMusic ({@code data/fetch-emomusic}): {@code annotations/arousal_cont_average.csv} and
 *       {@code valence_cont_average.csv}, the listeners' standard deviations in {@code *_cont_std.csv} (optional),
 *       {@code annotations/songs_info.csv} (optional: its {@code Artist} column groups the songs), audio in
 *       {@code audio/<song_id>.mp3};</li>
 *   <li>DEAM as its archives unpack ({@code data/fetch-deam}): {@value #DEAM_DYNAMIC}{@code /arousal.csv} and
 *       {@code valence.csv} (no spread: 0), audio in {@code MEMD_audio/<song_id>.mp3}, artists in any
 *       {@code metadata/*.csv} with an id column ({@code song_id} or {@code id}) and an {@code artist} column (names
 *       matched ignoring case and spaces).</li>
 * </ul>
 *
 * <p>A rating at {@code t} describes the half second before it, so step {@code k} spans
 * {@code [t_k - 0.5, t_k)}. Empty cells at the end of a row mean a shorter song and end its series; an empty or
 * non-numeric cell followed by values, or a non-finite value skips the song, listed as {@code file:line: reason}.
 * Valence and arousal rows must share their times step for step; where one runs on past the other's end (DEAM's
 * arousal file has one column more), the song keeps the steps both have and is named in one listed line; rows whose
 * times differ otherwise skip the song. Songs without audio are counted in one listed line.
 *
 * <p>The group of a song (what a grouped split keeps on one side) is its artist where the metadata names one
 * ({@code artist:<name>}, spaces collapsed, case ignored), so no artist's songs are both trained on and tested,
 * else the song itself ({@code song:<id>}).
 */
public final class DeamCsv {

    /** The emoMusic name used in report paths. */
    public static final String EMOMUSIC = "emomusic";
    /** The DEAM name used in report paths. */
    public static final String DEAM = "deam";
    /** Where DEAM's per-song dynamic annotations sit in its unpacked archive. */
    public static final String DEAM_DYNAMIC =
            "annotations/annotations averaged per song/dynamic (per second annotations)";
    private static final double STEP = 0.5;

    private DeamCsv() {
    }

    /**
     * Loads an emoMusic- or DEAM-layout copy in {@code root} (the class comment says which files each needs).
     *
     * @throws DatasetException if neither layout's annotation files are there, or a header is malformed
     */
    public static VaDataset load(Path root, String name) {
        List<String> skipped = new ArrayList<>();
        Path emo = root.resolve("annotations");
        if (Files.isRegularFile(emo.resolve("arousal_cont_average.csv"))) {
            return load(emo.resolve("arousal_cont_average.csv"), emo.resolve("valence_cont_average.csv"),
                    emo.resolve("arousal_cont_std.csv"), emo.resolve("valence_cont_std.csv"), root.resolve("audio"),
                    artists(List.of(emo.resolve("songs_info.csv")), skipped), name, skipped);
        }
        Path deam = root.resolve(DEAM_DYNAMIC);
        if (Files.isRegularFile(deam.resolve("arousal.csv"))) {
            return load(deam.resolve("arousal.csv"), deam.resolve("valence.csv"), null, null,
                    root.resolve("MEMD_audio"), artists(csvFiles(root.resolve("metadata")), skipped), name, skipped);
        }
        throw new DatasetException(root, "neither an emoMusic copy (annotations/arousal_cont_average.csv) nor a DEAM"
                + " copy (" + DEAM_DYNAMIC + "/arousal.csv)", null);
    }

    private static VaDataset load(Path arousalFile, Path valenceFile, Path arousalSdFile, Path valenceSdFile,
                                  Path audio, Map<String, String> artists, String name, List<String> skipped) {
        Map<String, Series> arousal = read(arousalFile, skipped);
        Map<String, Series> valence = read(valenceFile, skipped);
        Map<String, Series> arousalSd = optional(arousalSdFile, skipped);
        Map<String, Series> valenceSd = optional(valenceSdFile, skipped);
        List<VaPiece> pieces = new ArrayList<>();
        List<String> noAudio = new ArrayList<>();
        List<String> trimmed = new ArrayList<>();
        for (var e : arousal.entrySet()) {
            String id = e.getKey();
            Series a = e.getValue();
            Series v = valence.get(id);
            if (v == null) {
                skipped.add(a.where + ": song " + id + " has arousal but no valence row");
                continue;
            }
            int n = Math.min(a.values.length, v.values.length);
            if (!Arrays.equals(a.times, 0, n, v.times, 0, n)) {
                skipped.add(v.where + ": song " + id + ": valence and arousal are rated at different times");
                continue;
            }
            if (a.values.length != v.values.length) {
                trimmed.add(id);
            }
            Optional<Path> file = AudioFiles.find(audio, id);
            if (file.isEmpty()) {
                noAudio.add(id);
                continue;
            }
            double[] boundaries = new double[n + 1];
            boundaries[0] = a.times[0] - STEP;
            System.arraycopy(a.times, 0, boundaries, 1, n);
            String artist = artists.get(id);
            String group = artist == null ? "song:" + id : "artist:" + artist;
            pieces.add(new VaPiece(id, "song " + id, group, file.get(), boundaries, Arrays.copyOf(v.values, n),
                    Arrays.copyOf(a.values, n), spread(valenceSd.get(id), n), spread(arousalSd.get(id), n),
                    new int[n]));
        }
        if (!trimmed.isEmpty()) {
            skipped.add(arousalFile + ": " + trimmed.size() + " songs rated longer in one dimension than the other;"
                    + " kept the steps both have (" + first(trimmed) + ")");
        }
        if (!noAudio.isEmpty()) {
            skipped.add(audio + ": no audio for " + noAudio.size() + " annotated songs (" + first(noAudio) + ")");
        }
        return new VaDataset(name, pieces, skipped);
    }

    private static String first(List<String> ids) {
        return String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", ..." : "");
    }

    /**
     * Song id to artist (spaces collapsed, lower case) from every file that has an id and an artist column; a file
     * that cannot be read or lacks them is listed in {@code skipped}, and its songs are grouped by song.
     */
    static Map<String, String> artists(List<Path> files, List<String> skipped) {
        Map<String, String> out = new HashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                CsvTable table = CsvTable.read(file, ',', StandardCharsets.ISO_8859_1);
                int id = -1;
                int artist = -1;
                for (int c = 0; c < table.header().size(); c++) {
                    String h = normal(table.header().get(c));
                    id = id < 0 && (h.equals("song_id") || h.equals("id")) ? c : id;
                    artist = artist < 0 && h.equals("artist") ? c : artist;
                }
                if (id < 0 || artist < 0) {
                    skipped.add(file + ": no id and artist columns; its songs are grouped by song");
                    continue;
                }
                for (CsvTable.Row row : table.rows()) {
                    String a = normal(table.text(row, artist));
                    if (!a.isEmpty()) {
                        out.put(table.text(row, id).strip(), a);
                    }
                }
            } catch (DatasetException e) {
                skipped.add(e.getMessage() + "; its songs are grouped by song");
            }
        }
        return out;
    }

    /** Trimmed (tabs too, as emoMusic's cells carry), inner runs of white space as one space, lower case. */
    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Path> csvFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(dir, "cannot list the metadata folder (" + e + ")", e);
        }
    }

    /** One song's row: times in seconds and values, where it came from. */
    private record Series(double[] times, double[] values, String where) {
    }

    private static Map<String, Series> optional(Path file, List<String> skipped) {
        return file != null && Files.isRegularFile(file) ? read(file, skipped) : Map.of();
    }

    private static Map<String, Series> read(Path file, List<String> skipped) {
        CsvTable table = CsvTable.read(file, ',', StandardCharsets.UTF_8);
        List<String> header = table.header();
        int idColumn = table.column("song_id");
        double[] times = new double[header.size()];
        for (int c = 0; c < header.size(); c++) {
            if (c != idColumn) {
                String h = header.get(c).strip();
                if (!h.matches("sample_\\d+ms")) {
                    throw new DatasetException(file, 1, "column '" + h + "' is not sample_<milliseconds>ms");
                }
                times[c] = Integer.parseInt(h.substring(7, h.length() - 2)) / 1000.0;
            }
        }
        Map<String, Series> out = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = table.text(row, idColumn);
            String where = file + ":" + row.line();
            List<Double> t = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            String problem = null;
            boolean ended = false;
            for (int c = 0; c < header.size() && problem == null; c++) {
                if (c == idColumn) {
                    continue;
                }
                String cell = table.text(row, c);
                if (cell.isEmpty()) {
                    ended = true;
                } else if (ended) {
                    problem = "empty cell before column '" + header.get(c) + "'";
                } else {
                    try {
                        double x = Double.parseDouble(cell);
                        if (!Double.isFinite(x)) {
                            problem = "value " + cell + " in column '" + header.get(c) + "'";
                        }
                        t.add(times[c]);
                        v.add(x);
                    } catch (NumberFormatException e) {
                        problem = "bad number '" + cell + "' in column '" + header.get(c) + "'";
                    }
                }
            }
            if (problem == null && v.isEmpty()) {
                problem = "no values";
            }
            if (problem != null) {
                skipped.add(where + ": song " + id + ": " + problem);
                continue;
            }
            out.put(id, new Series(t.stream().mapToDouble(Double::doubleValue).toArray(),
                    v.stream().mapToDouble(Double::doubleValue).toArray(), where));
        }
        return out;
    }

    private static double[] spread(Series sd, int n) {
        return sd == null || sd.values.length != n ? new double[n] : sd.values;
    }
}
