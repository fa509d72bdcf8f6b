package org.merlab.study.va;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.merlab.data.SyntheticVgmidi;
import org.merlab.data.VaDataset;
import org.merlab.data.Vgmidi;

/**
 * Which VGMIDI-layout copy a valence/arousal run reads, and why: {@code MERLAB_DATA_VGMIDI} if set, else
 * {@code data/raw/vgmidi/} of the repository if it holds annotations (not in smoke mode, so {@code make test} runs
 * the same data on every machine), else the embedded synthetic stand-in ({@link SyntheticVgmidi}, generated under
 * {@code data/processed/}; its smoke size in smoke mode, as the embedded Emotify corpus has).
 *
 * @param dataset   the report folder name: {@code vgmidi} for a real copy, {@code embedded} for the stand-in
 * @param root      the folder with {@code midi/} and {@code annotations/}
 * @param statement one sentence for the notebook's first output, naming the copy and the rule that chose it
 */
public record VaSource(String dataset, Path root, String statement) {

    /** The variable that names a VGMIDI copy. */
    public static final String VARIABLE = "MERLAB_DATA_VGMIDI";
    /** The dataset name of the embedded stand-in, as for the other notebooks' embedded corpora. */
    public static final String EMBEDDED = "embedded";

    /**
     * Chooses by the rule in the class comment.
     *
     * @param smoke whether the run is a smoke run ({@code MERLAB_SMOKE=1}), which ignores {@code data/raw/vgmidi/}
     * @throws IllegalArgumentException if {@code MERLAB_DATA_VGMIDI} names no folder with {@code annotations/}
     */
    public static VaSource choose(Map<String, String> env, Path repoRoot, boolean smoke) {
        String named = env.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path root = Path.of(named);
            if (!Files.isDirectory(root.resolve("annotations"))) {
                throw new IllegalArgumentException(VARIABLE + " must name a VGMIDI copy with annotations/, got '"
                        + named + "'");
            }
            return new VaSource(Vgmidi.NAME, root, "VGMIDI from " + root + " (" + VARIABLE + ")");
        }
        Path local = repoRoot.resolve(Path.of("data", "raw", "vgmidi"));
        if (!smoke && Files.isDirectory(local.resolve("annotations"))) {
            return new VaSource(Vgmidi.NAME, local, "VGMIDI from " + local + " (" + VARIABLE
                    + " unset, data/raw/vgmidi/ present)");
        }
        var options = smoke ? SyntheticVgmidi.Options.SMOKE : SyntheticVgmidi.Options.DEFAULT;
        Path synthetic = SyntheticVgmidi.ensure(repoRoot.resolve(Path.of("data", "processed")), options);
        String why = smoke ? "smoke mode" : "no data/raw/vgmidi/";
        return new VaSource(EMBEDDED, synthetic, "the embedded synthetic stand-in for VGMIDI (" + VARIABLE
                + " unset, " + why + "): " + options + ", planted trajectories, not real annotations");
    }

    /** The copy's pieces, under {@link #dataset} as their dataset name. */
    public VaDataset load() {
        return Vgmidi.load(root, dataset);
    }
}
