package org.merlab.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The nine GEMS categories (Geneva Emotional Music Scale, Zentner, Grandjean &amp; Scherer 2008) that Emotify's
 * listeners chose from, in the column order of Emotify's {@code data.csv}. That order is also the tie-break rule of
 * {@link #dominant(double[])}.
 */
public enum Gems {
    AMAZEMENT, SOLEMNITY, TENDERNESS, NOSTALGIA, CALMNESS, POWER, JOYFUL_ACTIVATION, TENSION, SADNESS;

    /** The column name and label as Emotify spells it, e.g. {@code joyful_activation}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category spelled {@code label} (as {@link #label()} gives it), if any. */
    public static Optional<Gems> parse(String label) {
        return Labels.find(values(), Gems::label, label);
    }

    /**
     * The category with the largest share, {@code argmax_i fractions[i]} over the nine shares in GEMS order; on a tie
     * the first in GEMS order wins (amazement before solemnity ... before sadness).
     *
     * @param fractions nine shares in {@link #values()} order
     */
    public static Gems dominant(double[] fractions) {
        if (fractions.length != values().length) {
            throw new IllegalArgumentException("expected 9 GEMS shares, got " + fractions.length);
        }
        int best = 0;
        for (int i = 1; i < fractions.length; i++) {
            if (fractions[i] > fractions[best]) {
                best = i;
            }
        }
        return values()[best];
    }
}
