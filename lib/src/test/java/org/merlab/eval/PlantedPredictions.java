package org.merlab.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Pooled out-of-fold predictions with a planted skill: tracks of {@code segments} rows each, classes drawn with the
 * given shares; a model gets a track right (every segment: 0.8 on the true class) with its own probability, else
 * puts 0.8 on the next class. Two models built from one {@code seed} share truth and tracks, so they are paired.
 */
final class PlantedPredictions {

    static final List<String> CLASSES = List.of("calm", "joy", "sad");

    private final int[] truth;
    private final String[] tracks;
    private final int tracksCount;
    private final int segments;

    private PlantedPredictions(int[] truth, String[] tracks, int tracksCount, int segments) {
        this.truth = truth;
        this.tracks = tracks;
        this.tracksCount = tracksCount;
        this.segments = segments;
    }

    static PlantedPredictions of(int tracksCount, int segments, double[] classShares, long seed) {
        Random rng = new Random(seed);
        int[] truth = new int[tracksCount * segments];
        String[] tracks = new String[truth.length];
        for (int t = 0; t < tracksCount; t++) {
            int label = draw(classShares, rng.nextDouble());
            for (int s = 0; s < segments; s++) {
                truth[t * segments + s] = label;
                tracks[t * segments + s] = "t" + t;
            }
        }
        return new PlantedPredictions(truth, tracks, tracksCount, segments);
    }

    /** A model right on each track with probability {@code skill}, independently of every other model. */
    OutOfFold model(String name, double skill, long seed) {
        Random rng = new Random(seed);
        boolean[] right = new boolean[tracksCount];
        for (int t = 0; t < tracksCount; t++) {
            right[t] = rng.nextDouble() < skill;
        }
        return model(name, right);
    }

    /** A model right exactly on the tracks marked. */
    OutOfFold model(String name, boolean[] trackRight) {
        double[][] probabilities = new double[truth.length][];
        for (int i = 0; i < truth.length; i++) {
            int guess = trackRight[i / segments] ? truth[i] : (truth[i] + 1) % 3;
            probabilities[i] = new double[] {0.1, 0.1, 0.1};
            probabilities[i][guess] = 0.8;
        }
        int[] fold = new int[truth.length];
        double[] uniform = {1 / 3.0, 1 / 3.0, 1 / 3.0};
        return new OutOfFold(name, CLASSES, fold, truth, tracks, tracks, probabilities, new double[][] {uniform},
                List.of(Map.of()), new double[] {0}, new boolean[] {false});
    }

    /** A model copied from {@code base} with the tracks of fold rows split into {@code folds} folds round robin. */
    static OutOfFold withFolds(OutOfFold base, double[][] trainingShares) {
        int[] fold = new int[base.size()];
        String[] tracks = base.tracks();
        List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(Arrays.asList(tracks)));
        for (int i = 0; i < fold.length; i++) {
            fold[i] = ids.indexOf(tracks[i]) % trainingShares.length;
        }
        int k = trainingShares.length;
        return new OutOfFold(base.model(), base.classes(), fold, base.truth(), tracks, base.clusters(),
                base.probabilities(), trainingShares, Collections.nCopies(k, Map.of()), new double[k], new boolean[k]);
    }

    int[] truth() {
        return truth.clone();
    }

    private static int draw(double[] shares, double u) {
        double cumulative = 0;
        for (int c = 0; c < shares.length; c++) {
            cumulative += shares[c];
            if (u < cumulative) {
                return c;
            }
        }
        return shares.length - 1;
    }
}
