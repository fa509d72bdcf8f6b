package org.merlab.study.va;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.merlab.data.FourQ;
import org.merlab.data.FourQClip;
import org.merlab.data.Quadrant;
import org.merlab.data.VaFeatures;

/**
 * Which 4Q copy the clip-level check of notebook 07 reads, and why: {@code MERLAB_DATA_4Q} if set, else
 * {@code data/raw/4q/} of the repository if it holds the annotations (not in smoke mode, where decoding 900 clips
 * would not fit in a minute and {@code make test} must run the same data on every machine), else no check, stated.
 * There is no synthetic stand-in: quadrant labels of generated audio would only test the generator.
 *
 * @param root        the folder with {@code Q1/}..{@code Q4/} and {@value FourQ#ANNOTATIONS}; null when skipped
 * @param perQuadrant clips kept per quadrant (the first by id), 0 for all: smoke mode keeps {@value #SMOKE_CLIPS}
 * @param statement   one sentence for the notebook, naming the copy and the rule that chose it
 */
public record FourQSource(Path root, int perQuadrant, String statement) {

    /** The variable that names a 4Q copy. */
    public static final String VARIABLE = "MERLAB_DATA_4Q";
    /** Clips per quadrant in smoke mode with a named copy. */
    public static final int SMOKE_CLIPS = 5;

    /**
     * Chooses by the rule in the class comment.
     *
     * @throws IllegalArgumentException if {@code MERLAB_DATA_4Q} names no folder with the annotations
     */
    public static FourQSource choose(Map<String, String> env, Path repoRoot, boolean smoke) {
        int keep = smoke ? SMOKE_CLIPS : 0;
        String limit = smoke ? ", " + SMOKE_CLIPS + " clips per quadrant (smoke mode)" : "";
        String named = env.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            Path root = Path.of(named);
            if (!Files.isRegularFile(root.resolve(FourQ.ANNOTATIONS))) {
                throw new IllegalArgumentException(VARIABLE + " must name a 4Q copy with " + FourQ.ANNOTATIONS
                        + ", got '" + named + "'");
            }
            return new FourQSource(root, keep, "4Q from " + root + " (" + VARIABLE + ")" + limit);
        }
        Path local = repoRoot.resolve(Path.of("data", "raw", "4q"));
        if (!smoke && Files.isRegularFile(local.resolve(FourQ.ANNOTATIONS))) {
            return new FourQSource(local, 0, "4Q from " + local + " (" + VARIABLE + " unset, data/raw/4q/ present)");
        }
        return new FourQSource(null, 0, "no 4Q check: " + VARIABLE + " unset and "
                + (smoke ? "smoke mode (which does not read data/raw/4q/)" : "no data/raw/4q/"));
    }

    /**
     * The clips that decoded with their log-mel on {@code built}'s mel bands, pooled over fixed steps of the pieces'
     * median step, and their labels.
     *
     * @param skipped   {@code file: reason} per clip that did not decode
     * @param stepSeconds the fixed step
     */
    public record Inputs(List<FourQClip> clips, List<float[][]> features, List<String> skipped, double stepSeconds) {
        public Inputs {
            clips = List.copyOf(clips);
            features = List.copyOf(features);
            skipped = List.copyOf(skipped);
        }

        /** Each clip's quadrant, index for index with {@link #features}. */
        public List<Quadrant> labels() {
            return clips.stream().map(FourQClip::quadrant).toList();
        }
    }

    /**
     * {@link Inputs} of {@link #clips}, cached in {@code cacheDir}; empty if no copy is present. Annotated clips
     * without an audio file are listed as skipped beside those that do not decode.
     */
    public Inputs inputs(VaFeatures.Built built, Path cacheDir) {
        double step = VaFeatures.medianStep(built.pieces(),
                java.util.stream.IntStream.range(0, built.pieces().size()).toArray());
        if (!present()) {
            return new Inputs(List.of(), List.of(), List.of(), step);
        }
        var loaded = FourQ.load(root);
        List<FourQClip> all = keep(loaded.tracks());
        var read = VaFeatures.clips(FourQ.NAME, all.stream().map(FourQClip::audio).toList(), step, built.nMels(),
                cacheDir);
        Map<Path, FourQClip> byFile = new java.util.HashMap<>();
        all.forEach(c -> byFile.put(c.audio(), c));
        List<String> skipped = new ArrayList<>(read.skipped());
        loaded.missingAudio().forEach(id -> skipped.add(id + ": annotated in " + FourQ.ANNOTATIONS
                + " but no audio file"));
        return new Inputs(read.files().stream().map(byFile::get).toList(), read.features(), skipped, step);
    }

    /** Whether there is a copy to check against. */
    public boolean present() {
        return root != null;
    }

    /** The clips with audio, in id order within each quadrant, at most {@link #perQuadrant} each; none if absent. */
    public List<FourQClip> clips() {
        return present() ? keep(FourQ.load(root).tracks()) : List.of();
    }

    private List<FourQClip> keep(List<FourQClip> clips) {
        Map<Quadrant, List<FourQClip>> byQuadrant = new EnumMap<>(Quadrant.class);
        clips.stream().sorted(Comparator.comparing(FourQClip::id))
                .forEach(c -> byQuadrant.computeIfAbsent(c.quadrant(), q -> new ArrayList<>()).add(c));
        List<FourQClip> out = new ArrayList<>();
        byQuadrant.values().forEach(list -> out.addAll(perQuadrant == 0 ? list
                : list.subList(0, Math.min(perQuadrant, list.size()))));
        return out;
    }
}
