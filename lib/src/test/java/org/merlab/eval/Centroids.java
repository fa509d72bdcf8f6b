package org.merlab.eval;

import org.merlab.prep.Samples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A nearest-centroid learner for harness tests: class probabilities are a softmax of minus the squared distance to
 * each training class mean (0 for a class without training rows). Counts its fits, remembers the tracks and seeds it
 * was given, and can be told to fail at one fit, like a run that is stopped.
 */
final class Centroids implements Learner {

    int fits;
    final List<Set<String>> seenTracks = new ArrayList<>();
    final List<Long> seeds = new ArrayList<>();
    private final int failAtFit;

    Centroids() {
        this(-1);
    }

    /** A learner that throws {@link IllegalStateException} when asked for fit number {@code failAtFit} (0-based). */
    Centroids(int failAtFit) {
        this.failAtFit = failAtFit;
    }

    @Override
    public Fitted fit(Samples train, Samples validation, long seed) {
        if (fits == failAtFit) {
            throw new IllegalStateException("stopped at fit " + fits);
        }
        fits++;
        Set<String> seen = new HashSet<>(train.groups());
        seen.addAll(validation.groups());
        seenTracks.add(seen);
        seeds.add(seed);
        int k = train.numClasses();
        int p = train.numFeatures();
        double[][] mean = new double[k][p];
        int[] counts = train.classCounts();
        for (int i = 0; i < train.size(); i++) {
            double[] row = train.row(i);
            for (int j = 0; j < p; j++) {
                mean[train.label(i)][j] += row[j] / counts[train.label(i)];
            }
        }
        Fitted fitted = rows -> {
            double[][] probabilities = new double[rows.size()][k];
            for (int i = 0; i < rows.size(); i++) {
                double[] row = rows.row(i);
                double[] score = new double[k];
                double best = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = 0;
                    for (int j = 0; j < p; j++) {
                        d += (row[j] - mean[c][j]) * (row[j] - mean[c][j]);
                    }
                    score[c] = counts[c] == 0 ? Double.NEGATIVE_INFINITY : -d;
                    best = Math.max(best, score[c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    probabilities[i][c] = Math.exp(score[c] - best);
                    sum += probabilities[i][c];
                }
                for (int c = 0; c < k; c++) {
                    probabilities[i][c] /= sum;
                }
            }
            return probabilities;
        };
        double validationAccuracy = validation.size() == 0 ? Double.NaN
                : Evaluation.of(validation.y(), fitted.probabilities(validation), validation.classes()).accuracy();
        Map<String, double[]> history = Map.of("validationAccuracy", new double[] {validationAccuracy},
                "seed", new double[] {seed});
        return new Fitted() {
            @Override
            public double[][] probabilities(Samples rows) {
                return fitted.probabilities(rows);
            }

            @Override
            public Map<String, double[]> history() {
                return history;
            }
        };
    }
}
