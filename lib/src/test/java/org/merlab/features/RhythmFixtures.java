package org.merlab.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.merlab.testing.Shared;

/** Rhythm inputs derived from the librosa 0.10.2 reference fixtures (see {@link Conformance}). */
final class RhythmFixtures {

    /** The paper-feature tracks that also have a 30 s {@code y.npy}, and its folder. */
    private static final Map<String, String> PAPER_TRACK_CLIPS =
            Map.of("6", "emotify_classical_6_0-30s", "147", "emotify_rock_147_0-30s");

    /** Samples of every full paper-feature track at 22050 Hz. */
    private static final int PAPER_TRACK_SAMPLES = 1323648;

    /**
     * One segment of {@code paper-features/paper_features_N*.csv} with librosa's values.
     *
     * @param harmonic {@code np.mean(librosa.effects.harmonic(s))}
     * @param tempo    {@code librosa.beat.beat_track(y=s, sr=sr)[0]}
     */
    record PaperSegment(String name, float[] samples, double harmonic, double tempo) {
    }

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

    /**
     * The paper-feature segments (N = 20 and N = 10) of tracks 6 and 147 that end at least one FFT frame before
     * 30 s, cut from the 30 s {@code y.npy}, which is the start of the same decode: 9 + 9 + 4 + 4 segments.
     */
    static List<PaperSegment> paperSegmentsWithin30s() throws IOException {
        List<PaperSegment> out = new ArrayList<>();
        for (int n : new int[] {20, 10}) {
            Path csv = Shared.path("reference/librosa-0.10.2/paper-features/paper_features_N" + n + ".csv");
            List<String> lines = Files.readAllLines(csv);
            List<String> header = Arrays.asList(lines.get(0).split(","));
            int length = PAPER_TRACK_SAMPLES / n;
            for (String line : lines.subList(1, lines.size())) {
                String[] field = line.split(",");
                String clip = PAPER_TRACK_CLIPS.get(field[header.indexOf("track_id")]);
                int segment = Integer.parseInt(field[header.indexOf("segment")]);
                if (clip == null || (segment + 1L) * length > 30 * 22050 - 2048) {
                    continue;
                }
                float[] y = Conformance.signal(clip);
                out.add(new PaperSegment("N" + n + " track " + field[0] + " segment " + segment,
                        Arrays.copyOfRange(y, segment * length, (segment + 1) * length),
                        Double.parseDouble(field[header.indexOf("harmonic")]),
                        Double.parseDouble(field[header.indexOf("tempo")])));
            }
        }
        return out;
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
