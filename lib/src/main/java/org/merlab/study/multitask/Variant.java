package org.merlab.study.multitask;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.features.FeatureMaps;
import org.merlab.models.Head;
import org.merlab.models.SpectroNets;

/**
 * One network over one input: the LSTM or the 2-D CNN ({@link SpectroNets}) reading the mel map, the chroma map or
 * the two fused, pooled every few frames or between beats.
 */
public record Variant(Model model, FeatureMaps.Input input, boolean beatSync) {

    public enum Model {
        LSTM, CNN
    }

    /** Every combination, LSTM first: the classification grid. */
    public static List<Variant> all() {
        return Arrays.stream(Model.values()).flatMap(m -> Arrays.stream(FeatureMaps.Input.values())
                .flatMap(in -> List.of(new Variant(m, in, false), new Variant(m, in, true)).stream())).toList();
    }

    /**
     * The classification grid {@code MERLAB_GRID} names: {@code all} (default) or {@code fused} (both networks on the
     * fused maps only, frame-pooled and beat-synchronous, for a run with less time).
     *
     * @throws IllegalArgumentException naming any other value
     */
    public static List<Variant> grid(String name) {
        return switch (name == null || name.isBlank() ? "all" : name.trim()) {
            case "all" -> all();
            case "fused" -> all().stream().filter(v -> v.input() == FeatureMaps.Input.FUSED).toList();
            default -> throw new IllegalArgumentException("MERLAB_GRID must be all or fused, got '" + name + "'");
        };
    }

    /** E.g. {@code cnn-fused-beat}, {@code lstm-mel-frames}. */
    public String name() {
        return (model + "-" + input + "-" + (beatSync ? "beat" : "frames")).toLowerCase(Locale.ROOT);
    }

    /** Whether batches are one-channel images (the CNN) rather than sequences. */
    public boolean image() {
        return model == Model.CNN;
    }

    /**
     * Every clip's map of this input, pooled every {@code step} frames or between beats, cut or tiled
     * ({@link FeatureMaps#fit}) to the median length over the clips, so a batch has one shape.
     */
    public float[][][] maps(Clips clips, int step) {
        float[][][] raw = raw(clips, step);
        int[] lengths = Arrays.stream(raw).mapToInt(m -> m[0].length).sorted().toArray();
        return fit(raw, lengths[lengths.length / 2]);
    }

    /**
     * Every clip's map of this input, pooled as {@link #maps(Clips, int)} pools, cut or tiled to {@code frames}
     * columns: a separate genre set's maps fitted to the regression clips' length, so a pretrained trunk sees maps
     * of the shape and time scale it will read (six-second fragments repeat up to the 30 s clips' length).
     */
    public float[][][] maps(Clips clips, int step, int frames) {
        return fit(raw(clips, step), frames);
    }

    private float[][][] raw(Clips clips, int step) {
        return clips.maps().stream().map(m -> m.map(input, beatSync, step)).toArray(float[][][]::new);
    }

    private static float[][][] fit(float[][][] raw, int frames) {
        return Arrays.stream(raw).map(m -> FeatureMaps.fit(m, frames)).toArray(float[][][]::new);
    }

    public MultiLayerNetwork build(float[][][] maps, Head head, long seed) {
        int bins = maps[0].length;
        return model == Model.LSTM ? SpectroNets.lstm(bins, head, seed)
                : SpectroNets.cnn(bins, maps[0][0].length, head, seed);
    }
}
