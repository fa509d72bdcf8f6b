package org.merlab.study.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.merlab.data.FeatureTables;
import org.merlab.data.LogMelSequences;
import org.merlab.prep.Samples;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Small generated tracks for the sequence learners: a study-shaped table (track order, then segment order; features
 * the row's index, so a part's rows can be put back in segment order after standardisation) and each segment's
 * log-mel-shaped frames {@code [frames][nMels]}.
 */
final class SequenceToys {

    static final int CLASSES = 3;
    static final int MELS = 6;
    static final int FRAMES = 20;
    static final int STEPS = 8;
    static final SequenceSettings SETTINGS = new SequenceSettings(MELS, STEPS, 8, 3, 8);

    /** Track {@code t}'s class: {@code t mod 3}. */
    final Samples table;
    final LogMelSequences sequences;

    private SequenceToys(Samples table, LogMelSequences sequences) {
        this.table = table;
        this.sequences = sequences;
    }

    /**
     * Every frame's value is {@code 100 * track + segment} in every band: the frames say which segment they are.
     */
    static SequenceToys labelled(int tracks, int segments) {
        return build(tracks, segments, (t, s, frame, band) -> 100f * t + s);
    }

    /**
     * A separable task: Gaussian noise, plus 2 in the band of the track's class during the first half of the frames
     * and in the next band during the second half, so both the level and the order over time carry the class.
     */
    static SequenceToys separable(int tracks, int segments, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return build(tracks, segments, (t, s, frame, band) -> {
            int c = t % CLASSES;
            int lit = frame < FRAMES / 2 ? c : c + 1;
            return (float) (rng.nextGaussian() + (band == lit ? 2 : 0));
        });
    }

    private interface Frame {
        float value(int track, int segment, int frame, int band);
    }

    private static SequenceToys build(int tracks, int segments, Frame frame) {
        int rows = tracks * segments;
        double[][] x = new double[rows][1];
        int[] y = new int[rows];
        String[] group = new String[rows];
        IntColumn trackId = IntColumn.create(FeatureTables.TRACK_ID);
        IntColumn segment = IntColumn.create(FeatureTables.SEGMENT);
        List<float[][]> sequences = new ArrayList<>();
        for (int t = 0; t < tracks; t++) {
            for (int s = 0; s < segments; s++) {
                int i = t * segments + s;
                x[i][0] = i;
                y[i] = t % CLASSES;
                group[i] = Integer.toString(t);
                trackId.append(t);
                segment.append(s);
                float[][] frames = new float[FRAMES][MELS];
                for (int f = 0; f < FRAMES; f++) {
                    for (int b = 0; b < MELS; b++) {
                        frames[f][b] = frame.value(t, s, f, b);
                    }
                }
                sequences.add(frames);
            }
        }
        Table keys = Table.create("keys", trackId, segment);
        return new SequenceToys(new Samples(x, y, group, List.of("a", "b", "c")),
                new LogMelSequences(keys, sequences, MELS, List.of(), 0, 0));
    }

    SegmentFrames frames() {
        return SegmentFrames.of(sequences, STEPS);
    }
}
