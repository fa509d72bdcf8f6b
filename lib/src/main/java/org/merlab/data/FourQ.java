package org.merlab.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the 4Q dataset (Panda, Malheiro &amp; Paiva 2018, "Novel audio features for music emotion recognition",
 * IEEE Transactions on Affective Computing): 900 clips of about 30 s, 225 per Russell quadrant, in folders
 * {@code Q1/}-{@code Q4/} named {@code <Song>.mp3}.
 *
 * <p>Labels come from {@value #ANNOTATIONS} ({@code Song,Quadrant}, CRLF). Genres come from {@value #METADATA}
 * (quoted UTF-8 CSV; first entry of {@code GenresStr}) when that file is present; its {@code Quadrant} must agree.
 */
public final class FourQ {

    /** The dataset name used in report paths. */
    public static final String NAME = "4q";

    /** The label file of the release. */
    public static final String ANNOTATIONS = "panda_dataset_taffc_annotations.csv";

    /** The metadata file of the release (artist, title, moods, genres, ...). */
    public static final String METADATA = "panda_dataset_taffc_metadata.csv";

    private FourQ() {
    }

    /**
     * Loads the 4Q copy in {@code dir}.
     *
     * @throws DatasetException on a missing column, a duplicate song, an unknown quadrant, or metadata whose quadrant
     *                          disagrees with the annotations
     */
    public static LoadedDataset<FourQClip> load(Path dir) {
        Map<String, Metadata> metadata = metadata(dir.resolve(METADATA));
        CsvTable table = CsvTable.read(dir.resolve(ANNOTATIONS), ',', StandardCharsets.UTF_8);
        int song = table.column("Song");
        int quadrant = table.column("Quadrant");
        CsvTable.Unique<String> songs = table.unique("song");
        List<FourQClip> clips = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String id = table.text(row, song);
            songs.add(row, id);
            Quadrant q = quadrant(table, row, quadrant);
            Metadata meta = metadata.get(id);
            if (meta != null && meta.quadrant != q) {
                throw table.fail(row, "song " + id + " is " + q + " here but " + meta.quadrant + " in " + METADATA);
            }
            String genre = meta == null ? "" : meta.genre;
            Optional<Path> audio = AudioFiles.find(dir, q.name() + "/" + id);
            if (audio.isEmpty()) {
                missing.add(id);
            } else {
                clips.add(new FourQClip(id, genre, audio.get(), q));
            }
        }
        return new LoadedDataset<>(NAME, clips, missing);
    }

    private static Quadrant quadrant(CsvTable table, CsvTable.Row row, int column) {
        String value = table.text(row, column);
        return Quadrant.parse(value).orElseThrow(() -> table.fail(row, "unknown quadrant '" + value + "'"));
    }

    private record Metadata(Quadrant quadrant, String genre) {
    }

    /** Song id to its quadrant and first genre, from the metadata file; empty when the file is absent. */
    private static Map<String, Metadata> metadata(Path metadata) {
        Map<String, Metadata> out = new HashMap<>();
        if (!Files.exists(metadata)) {
            return out;
        }
        CsvTable table = CsvTable.read(metadata, ',', StandardCharsets.UTF_8);
        int song = table.column("Song");
        int quadrant = table.column("Quadrant");
        int genres = table.column("GenresStr");
        for (CsvTable.Row row : table.rows()) {
            String first = table.text(row, genres).split(";")[0].strip();
            out.put(table.text(row, song), new Metadata(quadrant(table, row, quadrant), first));
        }
        return out;
    }
}
