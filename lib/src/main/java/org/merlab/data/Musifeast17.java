package org.merlab.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * MUSIFEAST-17 (public repository {@code HazelvdW/MUSIFEAST-17}, CC0) as laid out in {@code data/raw/musifeast17/}:
 * {@code data/MUSIFEAST17_all.csv} (one row per clip, means and SDs of the normative ratings) and
 * {@code stimuli/<CLIP_NAME>.mp3}. The regression targets are valence, arousal and perceived contrast: contrast is
 * rated about the music (how much it changes within the clip), whereas familiarity and enjoyment describe the
 * listener's history and taste.
 */
public final class Musifeast17 {

    public static final String NAME = "musifeast17";
    public static final String ANNOTATIONS = "data/MUSIFEAST17_all.csv";
    public static final List<String> TARGETS = List.of("valence", "arousal", "contrast");

    private Musifeast17() {
    }

    /**
     * The clips of the copy in {@code dir} whose audio exists, in file order; clips without audio are listed.
     *
     * @throws DatasetException naming the file and line of a missing column, a repeated clip, or a missing or
     *                          non-numeric rating (e.g. {@code NA})
     */
    public static LoadedDataset<Musifeast17Clip> load(Path dir) {
        Path csv = dir.resolve(ANNOTATIONS);
        CsvTable table = CsvTable.read(csv, ',', StandardCharsets.UTF_8);
        int number = table.column("");
        int name = table.column("CLIP_NAME");
        int genre = table.column("GENRE");
        int artist = table.column("ARTIST");
        int valence = table.column("valence_M");
        int arousal = table.column("arousal_M");
        int contrast = table.column("contrast_M");
        List<Musifeast17Clip> clips = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        CsvTable.Unique<String> names = table.unique("clip");
        for (CsvTable.Row row : table.rows()) {
            String clip = table.text(row, name);
            names.add(row, clip);
            Path audio = dir.resolve("stimuli").resolve(clip + ".mp3");
            var parsed = new Musifeast17Clip(table.integer(row, number), clip, table.text(row, genre),
                    table.text(row, artist), audio, table.number(row, valence), table.number(row, arousal),
                    table.number(row, contrast));
            if (Files.isRegularFile(audio)) {
                clips.add(parsed);
            } else {
                missing.add(clip);
            }
        }
        return new LoadedDataset<>(NAME, clips, missing);
    }

    /**
     * The checksum index of the copy in {@code dir} (size and SHA-256; no durations): the annotation file, then each
     * clip's audio with the clip's row number as track id.
     */
    public static DatasetIndex index(Path dir) {
        List<DatasetIndex.Entry> entries = new ArrayList<>();
        entries.add(DatasetIndex.Entry.of(dir.resolve(ANNOTATIONS), ANNOTATIONS, OptionalInt.empty(),
                OptionalDouble.empty()));
        for (Musifeast17Clip c : load(dir).tracks()) {
            entries.add(DatasetIndex.Entry.of(c.audio(), "stimuli/" + c.name() + ".mp3", OptionalInt.of(c.number()),
                    OptionalDouble.empty()));
        }
        return new DatasetIndex(entries);
    }
}
