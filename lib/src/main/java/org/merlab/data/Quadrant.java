package org.merlab.data;

import java.util.Optional;

/**
 * A quadrant of Russell's valence-arousal plane, the 4Q dataset's label (Panda, Malheiro &amp; Paiva 2018):
 * Q1 +valence +arousal (happy), Q2 -valence +arousal (angry, tense), Q3 -valence -arousal (sad),
 * Q4 +valence -arousal (calm).
 */
public enum Quadrant {
    Q1(1, 1), Q2(-1, 1), Q3(-1, -1), Q4(1, -1);

    private final int valence;
    private final int arousal;

    Quadrant(int valence, int arousal) {
        this.valence = valence;
        this.arousal = arousal;
    }

    /** The sign of valence: +1 or -1. */
    public int valence() {
        return valence;
    }

    /** The sign of arousal: +1 or -1. */
    public int arousal() {
        return arousal;
    }

    /**
     * The quadrant of a point of the plane relative to a centre: {@code valence >= centreValence} counts as positive
     * valence, likewise arousal (a point exactly on an axis goes to the positive side).
     */
    public static Quadrant of(double valence, double arousal, double centreValence, double centreArousal) {
        boolean v = valence >= centreValence;
        boolean a = arousal >= centreArousal;
        return v ? (a ? Q1 : Q4) : (a ? Q2 : Q3);
    }

    /** The quadrant named exactly {@code name} ({@code Q1} to {@code Q4}), if any. */
    public static Optional<Quadrant> parse(String name) {
        return Labels.find(values(), Quadrant::name, name);
    }
}
