package org.merlab.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads dynamic valence/arousal in the CSV layout of DEAM and of emoMusic (the "1000 Songs", from which DEAM grew):
 * one row per song, {@code song_id,sample_15000ms,sample_15500ms,...}, the listeners' mean rating at each time
 * on -1..1, in {@code arousal_cont_average.csv} and {@code valence_cont_average.csv}, the listeners' standard
 * deviations in {@code *_cont_std.csv} (optional), audio in {@code <audio>/<song_id>.mp3}.
 *
 * <p>A rating at {@code t} describes the half second before it, so step {@code k} spans
 * {@code [t_k - 0.5, t_k)}. Empty cells at the end of a row mean a shorter song and end its series; an empty or
 * non-numeric cell followed by values, a non-finite value, or valence and arousal rows of different lengths skip
 * the song, listed as {@code file:line: reason}. Songs without audio are counted in one listed line. The group of a
 * song is its id (a grouped split keeps a song on one side).
 */
public final class DeamCsv {

    /** The emoMusic name used in report paths. */
    public static final String EMOMUSIC = "emomusic";
    private static final double STEP = 0.5;

    private DeamCsv() {
    }

    /**
     * Loads {@code annotations/} and {@code audio/} of an emoMusic or DEAM-style copy in {@code root}.
     *
     * @throws DatasetException if a required file is missing or a header is malformed
     */
    public static VaDataset load(Path root, String name) {
        return load(root.resolve("annotations"), root.resolve("audio"), name);
    }

    /** Loads the four CSVs from {@code annotations} and audio from {@code audio}. */
    public static VaDataset load(Path annotations, Path audio, String name) {
        List<String> skipped = new ArrayList<>();
        Map<String, Series> arousal = read(annotations.resolve("arousal_cont_average.csv"), skipped);
        Map<String, Series> valence = read(annotations.resolve("valence_cont_average.csv"), skipped);
        Map<String, Series> arousalSd = optional(annotations.resolve("arousal_cont_std.csv"), skipped);
        Map<String, Series> valenceSd = optional(annotations.resolve("valence_cont_std.csv"), skipped);
        List<VaPiece> pieces = new ArrayList<>();
        List<String> noAudio = new ArrayList<>();
        for (var e : arousal.entrySet()) {
            String id = e.getKey();
            Series a = e.getValue();
            Series v = valence.get(id);
            if (v == null) {
                skipped.add(a.where + ": song " + id + " has arousal but no valence row");
                continue;
            }
            if (v.values.length != a.values.length || !Arrays.equals(v.times, a.times)) {
                skipped.add(v.where + ": song " + id + ": " + v.values.length + " valence but " + a.values.length
                        + " arousal values");
                continue;
            }
            Optional<Path> file = AudioFiles.find(audio, id);
            if (file.isEmpty()) {
                noAudio.add(id);
                continue;
            }
            int n = a.values.length;
            double[] boundaries = new double[n + 1];
            boundaries[0] = a.times[0] - STEP;
            for (int k = 0; k < n; k++) {
                boundaries[k + 1] = a.times[k];
            }
            pieces.add(new VaPiece(id, "song " + id, id, file.get(), boundaries, v.values, a.values,
                    spread(valenceSd.get(id), n), spread(arousalSd.get(id), n), new int[n]));
        }
        if (!noAudio.isEmpty()) {
            skipped.add(audio + ": no audio for " + noAudio.size() + " annotated songs (" + String.join(", ",
                    noAudio.subList(0, Math.min(5, noAudio.size()))) + (noAudio.size() > 5 ? ", ..." : "") + ")");
        }
        return new VaDataset(name, pieces, skipped);
    }

    /** One song's row: times in seconds and values, where it came from. */
    private record Series(double[] times, double[] values, String where) {
    }

    private static Map<String, Series> optional(Path file, List<String> skipped) {
        return Files.isRegularFile(file) ? read(file, skipped) : Map.of();
    }

    private static Map<String, Series> read(Path file, List<String> skipped) {
        CsvTable table = CsvTable.read(file, ',', StandardCharsets.UTF_8);
        List<String> header = table.header();
        int idColumn = table.column("song_id");
        double[] times = new double[header.size()];
        for (int c = 0; c < header.size(); c++) {
            if (c != idColumn) {
                String h = header.get(c);
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
