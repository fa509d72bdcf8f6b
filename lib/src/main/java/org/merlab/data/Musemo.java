package org.merlab.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grekow's GTZAN-derived emotion fragments (public repository {@code grekowj/musemodataset}, no licence stated) as laid
 * out in {@code data/raw/musemo/}: {@code All_annotations.csv} (columns {@code Id,Name,Arousal,Valence,EmoCat}, one
 * row per fragment) and {@code all_music_files/<Name>}, 324 six-second mono WAVs at 22050 Hz cut from the ten genres
 * of GTZAN, the genre and GTZAN track in each file name ({@code out_<genre>.<5 digits>.wav}).
 *
 * <p>Grouping: GTZAN names no artists, and neither the file names nor the CSV do, so fragments are grouped by their
 * source GTZAN track ({@code blues.00032}). GTZAN repeats artists within a genre (Sturm 2013), so folds by track can
 * put one artist on both sides and are optimistic for genre. The published copy holds three byte-identical
 * duplicates ({@code out_blues.00032 - Kopia.wav}, {@code out_classical.00001 - Kopia.wav},
 * {@code out_jazz.00002 - Kopia.wav}; "Kopia" is Polish for copy), each with a row and ratings of its own: they are
 * kept, and each shares its original's group, so a copy and its original never straddle a fold.
 */
public final class Musemo {

    public static final String NAME = "musemo";
    public static final String ANNOTATIONS = "All_annotations.csv";
    public static final String AUDIO = "all_music_files";
    public static final List<String> TARGETS = List.of("valence", "arousal");
    /** GTZAN's ten genres, as its file names spell them. */
    public static final List<String> GENRES = List.of("blues", "classical", "country", "disco", "hiphop", "jazz",
            "metal", "pop", "reggae", "rock");
    /** The rating scale's bound: arousal and valence lie in [-10, 10]. */
    public static final double BOUND = 10;

    private static final Pattern FILE = Pattern.compile("out_([a-z]+)\\.(\\d{5})( - Kopia)?\\.wav");
    private static final List<String> QUADRANTS = List.of("e1", "e2", "e3", "e4");

    private Musemo() {
    }

    /**
     * The fragments of the copy in {@code dir} whose audio exists, in file order; fragments without audio are listed.
     *
     * @throws DatasetException naming the file and line of a missing column, a repeated file name, a file name not
     *                          of the form {@code out_<GTZAN genre>.<5 digits>.wav}, a missing, non-numeric or
     *                          out-of-range rating, or an {@code EmoCat} other than {@code e1}..{@code e4}
     */
    public static LoadedDataset<MusemoClip> load(Path dir) {
        CsvTable table = CsvTable.read(dir.resolve(ANNOTATIONS), ',', StandardCharsets.UTF_8);
        int id = table.column("Id");
        int name = table.column("Name");
        int arousal = table.column("Arousal");
        int valence = table.column("Valence");
        int quadrant = table.column("EmoCat");
        List<MusemoClip> clips = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        CsvTable.Unique<String> files = table.unique("file");
        for (CsvTable.Row row : table.rows()) {
            String file = table.text(row, name);
            files.add(row, file);
            Matcher m = FILE.matcher(file);
            if (!m.matches() || !GENRES.contains(m.group(1))) {
                throw table.fail(row, "file name '" + file + "' is not out_<genre>.<5 digits>.wav with a GTZAN genre "
                        + GENRES);
            }
            String emo = table.text(row, quadrant);
            if (!QUADRANTS.contains(emo)) {
                throw table.fail(row, "EmoCat '" + emo + "' is not one of " + QUADRANTS);
            }
            Path audio = dir.resolve(AUDIO).resolve(file);
            var clip = new MusemoClip(table.integer(row, id), file, m.group(1), m.group(1) + "." + m.group(2), audio,
                    rating(table, row, arousal), rating(table, row, valence), emo);
            if (Files.isRegularFile(audio)) {
                clips.add(clip);
            } else {
                missing.add(file);
            }
        }
        return new LoadedDataset<>(NAME, clips, missing);
    }

    private static double rating(CsvTable table, CsvTable.Row row, int column) {
        double x = table.number(row, column);
        if (Math.abs(x) > BOUND) {
            throw table.fail(row, "rating " + x + " in column '" + table.header().get(column) + "' is outside [-"
                    + BOUND + ", " + BOUND + "]");
        }
        return x;
    }

    /**
     * The checksum index of the copy in {@code dir} (size and SHA-256; no durations): the annotation file, then each
     * fragment's audio with its {@code Id} as track id.
     */
    public static DatasetIndex index(Path dir) {
        List<DatasetIndex.Entry> entries = new ArrayList<>();
        entries.add(DatasetIndex.Entry.of(dir.resolve(ANNOTATIONS), ANNOTATIONS, OptionalInt.empty(),
                OptionalDouble.empty()));
        for (MusemoClip c : load(dir).tracks()) {
            entries.add(DatasetIndex.Entry.of(c.audio(), AUDIO + "/" + c.name(), OptionalInt.of(c.number()),
                    OptionalDouble.empty()));
        }
        return new DatasetIndex(entries);
    }
}
