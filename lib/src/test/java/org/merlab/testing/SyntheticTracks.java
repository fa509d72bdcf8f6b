package org.merlab.testing;

import org.merlab.prep.Samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grouped test data shaped like the paper's: tracks of one class each, cut into segments.
 * A segment is {@code separation * classMean[label] + spread * trackOffset + noise * N(0, 1)} per feature, with
 * class means and track offsets drawn from N(0, 1). With {@code separation = 0} the features carry track identity
 * only, and labels are unrelated to them except through that identity.
 */
public final class SyntheticTracks {

    private SyntheticTracks() {
    }

    public static Samples generate(int[] tracksPerClass, int segmentsPerTrack, int features, double separation,
                                   double spread, double noise, long seed) {
        Random rng = new Random(seed);
        int numClasses = tracksPerClass.length;
        double[][] classMean = gaussian(rng, numClasses, features);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        List<String> group = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        int track = 0;
        for (int c = 0; c < numClasses; c++) {
            classes.add("class" + c);
            for (int t = 0; t < tracksPerClass[c]; t++, track++) {
                double[] offset = gaussian(rng, 1, features)[0];
                for (int s = 0; s < segmentsPerTrack; s++) {
                    double[] row = new double[features];
                    for (int f = 0; f < features; f++) {
                        row[f] = separation * classMean[c][f] + spread * offset[f] + noise * rng.nextGaussian();
                    }
                    x.add(row);
                    y.add(c);
                    group.add("t" + track);
                }
            }
        }
        return new Samples(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                group.toArray(String[]::new), classes);
    }

    private static double[][] gaussian(Random rng, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return m;
    }
}
