package org.merlab.features;

/** Rhythm inputs derived from the librosa 0.10.2 reference fixtures (see {@link Conformance}). */
final class RhythmFixtures {

    private RhythmFixtures() {
    }

    /** {@code power_to_db.npy} as float32 {@code [nMels][frames]}, librosa's own mel decibels. */
    static float[][] melDb(String clip) {
        double[][] m = Conformance.matrix(clip, "power_to_db.npy");
        float[][] out = new float[m.length][m[0].length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                out[r][c] = (float) m[r][c];
            }
        }
        return out;
    }

    /** librosa's {@code onset_strength(..., aggregate=np.median)} as {@code beat_track(y=...)} computes it. */
    static float[] medianOnset(String clip) {
        return Onset.onsetStrength(melDb(clip), Onset.Aggregate.MEDIAN);
    }

    static double scalar(String clip, String file) {
        return Conformance.load(clip, file).data()[0];
    }

    /** Largest absolute difference divided by the reference's largest absolute value. */
    static double relativeToMax(double[] expected, float[] actual) {
        double[] widened = new double[actual.length];
        double peak = 0;
        for (int i = 0; i < actual.length; i++) {
            widened[i] = actual[i];
            peak = Math.max(peak, Math.abs(expected[i]));
        }
        return Conformance.maxAbsError(expected, widened) / peak;
    }
}
