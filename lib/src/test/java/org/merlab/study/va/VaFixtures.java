package org.merlab.study.va;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.merlab.data.Quadrant;
import org.merlab.data.VaFeatures;
import org.merlab.data.VaPiece;

/** Pieces with smooth random valence/arousal curves and inputs that carry them, without rendering audio. */
final class VaFixtures {

    private VaFixtures() {
    }

    /**
     * {@code pieces} pieces over {@code games} games, 10..20 one-second steps each; input channel 0 is valence and
     * channel 1 arousal, each plus noise (sd 0.1), channels 2..3 are noise.
     */
    static VaFeatures.Built built(int pieces, int games, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<VaPiece> list = new ArrayList<>();
        List<float[][]> features = new ArrayList<>();
        for (int p = 0; p < pieces; p++) {
            int n = 10 + rng.nextInt(11);
            double[] b = new double[n + 1];
            double[] v = new double[n];
            double[] a = new double[n];
            double levelV = rng.nextDouble(-0.6, 0.6);
            double levelA = rng.nextDouble(-0.6, 0.6);
            double phase = rng.nextDouble(0, 6.3);
            float[][] x = new float[n][4];
            for (int k = 0; k < n; k++) {
                b[k + 1] = k + 1;
                v[k] = levelV + 0.3 * Math.sin(phase + k / 3.0);
                a[k] = levelA + 0.3 * Math.cos(phase + k / 4.0);
                x[k][0] = (float) (v[k] + 0.1 * rng.nextGaussian());
                x[k][1] = (float) (a[k] + 0.1 * rng.nextGaussian());
                x[k][2] = (float) rng.nextGaussian();
                x[k][3] = (float) rng.nextGaussian();
            }
            list.add(new VaPiece("p" + p, "piece " + p, "game" + p % games, Path.of("p" + p + ".mid"), b, v, a,
                    new double[n], new double[n], new int[n]));
            features.add(x);
        }
        return new VaFeatures.Built(list, features, 4, List.of(), 0, 0);
    }

    /**
     * Unannotated clips laid out as {@link #built}'s inputs: clip {@code c} sits in quadrant {@code Q(c % 4 + 1)}, its
     * channels 0 and 1 at valence and arousal of +-0.4 (by {@link Quadrant}'s signs) plus noise, 12 steps each.
     */
    static List<float[][]> clips(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[][]> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Quadrant q = clipQuadrant(c);
            float[][] x = new float[12][4];
            for (float[] step : x) {
                step[0] = (float) (0.4 * q.valence() + 0.1 * rng.nextGaussian());
                step[1] = (float) (0.4 * q.arousal() + 0.1 * rng.nextGaussian());
                step[2] = (float) rng.nextGaussian();
                step[3] = (float) rng.nextGaussian();
            }
            out.add(x);
        }
        return out;
    }

    /** The quadrant of clip {@code c} of {@link #clips}. */
    static Quadrant clipQuadrant(int c) {
        return Quadrant.values()[c % 4];
    }
}
