package org.merlab.study.va;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.merlab.data.DeamCsv;
import org.merlab.data.SyntheticVgmidi;
import org.merlab.data.VaDataset;
import org.merlab.data.Vgmidi;

/**
 * Which dynamic valence/arousal copy a run reads, and why. Each real set has its own variable, named for it as every
 * dataset's is ({@code MERLAB_DATA_<NAME>}): {@code MERLAB_DATA_VGMIDI} (MIDI and per-bar annotations, {@link Vgmidi}),
 * {@code MERLAB_DATA_DEAM} or {@code MERLAB_DATA_EMOMUSIC} (audio and 2 Hz annotations in either CSV layout,
 * {@link DeamCsv}); setting more than one is refused, since a run has one dataset. With none set:
 * {@code data/raw/vgmidi/} of the repository if it holds annotations (not in smoke mode, so {@code make test} runs
 * the same data on every machine), else the embedded synthetic stand-in ({@link SyntheticVgmidi}, generated under
 * {@code data/processed/}; its smoke size in smoke mode, as the embedded Emotify corpus has).
 *
 * @param dataset   the report folder name: {@code vgmidi}, {@code deam} or {@code emomusic} for a real copy,
 *                  {@code embedded} for the stand-in
 * @param root      the copy's folder
 * @param layout    how the copy is read
 * @param statement one sentence for the notebook's first output, naming the copy and the rule that chose it
 */
public record VaSource(String dataset, Path root, Layout layout, String statement) {

    /** How a copy is laid out, and so which loader reads it. */
    public enum Layout {
        /** {@code midi/} and {@code annotations/} as VGMIDI ships them (the stand-in too): steps are bars. */
        VGMIDI,
        /** DEAM's or emoMusic's CSVs beside their audio: steps are half seconds. */
        CSV
    }

    /** The variable that names a VGMIDI copy. */
    public static final String VARIABLE = "MERLAB_DATA_VGMIDI";
    /** The variable that names a DEAM copy (as {@code data/fetch-deam} unpacks it). */
    public static final String DEAM_VARIABLE = "MERLAB_DATA_DEAM";
    /** The variable that names an emoMusic copy (as {@code data/fetch-emomusic} lays it out). */
    public static final String EMOMUSIC_VARIABLE = "MERLAB_DATA_EMOMUSIC";
    /** The dataset name of the embedded stand-in, as for the other notebooks' embedded corpora. */
    public static final String EMBEDDED = "embedded";

    /** A named real copy: its variable, dataset name and layout. */
    private record Named(String variable, String dataset, Layout layout) {
    }

    private static final List<Named> NAMED = List.of(new Named(VARIABLE, Vgmidi.NAME, Layout.VGMIDI),
            new Named(DEAM_VARIABLE, DeamCsv.DEAM, Layout.CSV),
            new Named(EMOMUSIC_VARIABLE, DeamCsv.EMOMUSIC, Layout.CSV));

    /**
     * Chooses by the rule in the class comment.
     *
     * @param smoke whether the run is a smoke run ({@code MERLAB_SMOKE=1}), which ignores {@code data/raw/vgmidi/}
     * @throws IllegalArgumentException if more than one variable is set, or the one set names no folder with
     *                                  {@code annotations/}
     */
    public static VaSource choose(Map<String, String> env, Path repoRoot, boolean smoke) {
        List<Named> set = NAMED.stream().filter(n -> !env.getOrDefault(n.variable, "").isBlank()).toList();
        if (set.size() > 1) {
            throw new IllegalArgumentException("set one of " + set.stream().map(Named::variable).toList()
                    + ", not several: a run reads one dataset");
        }
        if (set.size() == 1) {
            Named n = set.getFirst();
            Path root = Path.of(env.get(n.variable));
            if (!Files.isDirectory(root.resolve("annotations"))) {
                throw new IllegalArgumentException(n.variable + " must name a " + n.dataset
                        + " copy with annotations/, got '" + env.get(n.variable) + "'");
            }
            return new VaSource(n.dataset, root, n.layout, n.dataset + " from " + root + " (" + n.variable + ")");
        }
        Path local = repoRoot.resolve(Path.of("data", "raw", "vgmidi"));
        if (!smoke && Files.isDirectory(local.resolve("annotations"))) {
            return new VaSource(Vgmidi.NAME, local, Layout.VGMIDI, "VGMIDI from " + local + " (" + VARIABLE
                    + " unset, data/raw/vgmidi/ present)");
        }
        var options = smoke ? SyntheticVgmidi.Options.SMOKE : SyntheticVgmidi.Options.DEFAULT;
        Path synthetic = SyntheticVgmidi.ensure(repoRoot.resolve(Path.of("data", "processed")), options);
        String why = smoke ? "smoke mode" : "no data/raw/vgmidi/";
        return new VaSource(EMBEDDED, synthetic, Layout.VGMIDI, "the embedded synthetic stand-in for VGMIDI ("
                + VARIABLE + ", " + DEAM_VARIABLE + " and " + EMOMUSIC_VARIABLE + " unset, " + why + "): " + options
                + ", planted trajectories, not real annotations");
    }

    /** The variable that names this kind of copy (VGMIDI's for the stand-in), for provenance. */
    public String variable() {
        return NAMED.stream().filter(n -> n.dataset.equals(dataset)).map(Named::variable).findFirst()
                .orElse(VARIABLE);
    }

    /** What a run's groups are (every piece of one on the same side of a split): games, or artists and songs. */
    public String grouping() {
        return layout == Layout.VGMIDI ? "game" : "artist (song where no artist is known)";
    }

    /** What one group is, as a noun for sentences and errors: {@code game} or {@code artist}. */
    public String group() {
        return layout == Layout.VGMIDI ? "game" : "artist";
    }

    /** The copy's pieces, under {@link #dataset} as their dataset name. */
    public VaDataset load() {
        return layout == Layout.VGMIDI ? Vgmidi.load(root, dataset) : DeamCsv.load(root, dataset);
    }
}
