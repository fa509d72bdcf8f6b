package org.merlab.data;

import java.util.List;

/**
 * A loader's result for a dynamic valence/arousal set.
 *
 * @param name    the dataset name used in report paths ({@code vgmidi}, {@code emomusic}, {@code pmemo}, ...)
 * @param pieces  the usable pieces, in file order
 * @param skipped what was left out, one line each ({@code file:line: reason} where a line is known)
 */
public record VaDataset(String name, List<VaPiece> pieces, List<String> skipped) {

    public VaDataset {
        pieces = List.copyOf(pieces);
        skipped = List.copyOf(skipped);
    }

    /** One line for a notebook, e.g. {@code vgmidi: 195 pieces, 4 items skipped}. */
    public String summary() {
        return name + ": " + pieces.size() + " pieces, " + skipped.size() + " items skipped";
    }

    /**
     * At most {@code max} pieces (0 = all), taken round-robin over groups (first piece of each group, then the
     * second, ...) so a small limit still spans many groups; the kept pieces stay in dataset order. Deterministic.
     */
    public VaDataset limit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("the piece limit must be >= 0, got " + max);
        }
        if (max == 0 || max >= pieces.size()) {
            return this;
        }
        return new VaDataset(name, RoundRobin.take(pieces, VaPiece::group, max), skipped);
    }
}
