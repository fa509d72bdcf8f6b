package org.merlab.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapTest {

    /** {@code tracks} tracks of 5 segments; a track is predicted right (all segments) with probability 0.7. */
    private record Run(int[] truth, int[] predicted, String[] groups) {

        static Run of(int tracks, long seed) {
            Random rng = new Random(seed);
            int[] truth = new int[tracks * 5];
            int[] predicted = new int[tracks * 5];
            String[] groups = new String[tracks * 5];
            for (int t = 0; t < tracks; t++) {
                int label = rng.nextInt(3);
                int guess = rng.nextDouble() < 0.7 ? label : (label + 1) % 3;
                for (int s = 0; s < 5; s++) {
                    truth[t * 5 + s] = label;
                    predicted[t * 5 + s] = guess;
                    groups[t * 5 + s] = "t" + t;
                }
            }
            return new Run(truth, predicted, groups);
        }

        Map<Metric, Interval> intervals(boolean byTrack) {
            return Bootstrap.byTrack(truth, predicted, byTrack ? groups : null, 3, new BootstrapOptions(1000, 1));
        }

        ConfusionMatrix confusion() {
            return ConfusionMatrix.of(truth, predicted, 3);
        }
    }

    @Test
    void containsThePointEstimateAndShrinksWithMoreTracks() {
        Run few = Run.of(20, 2);
        Run many = Run.of(500, 2);
        Map<Metric, Interval> fewCi = few.intervals(true);
        Map<Metric, Interval> manyCi = many.intervals(true);
        for (Metric m : Metric.values()) {
            assertTrue(fewCi.get(m).contains(m.of(few.confusion())), m + " " + fewCi);
            assertTrue(manyCi.get(m).contains(m.of(many.confusion())), m + " " + manyCi);
            // width falls like 1/sqrt(tracks): 5x here; demand at least 2.5x
            assertTrue(fewCi.get(m).width() > 2.5 * manyCi.get(m).width(), m + ": " + fewCi + " vs " + manyCi);
        }
    }

    /**
     * Planted truth: every track is predicted right (all its segments) with probability 0.7, so the accuracy of the
     * population the tracks come from is 0.7; 95% intervals from 80 tracks should hold it in about 95% of 200 draws.
     */
    @Test
    void intervalsCoverThePlantedAccuracy() {
        int covered = 0;
        for (int r = 0; r < 200; r++) {
            Run run = Run.of(80, 100 + r);
            Interval ci = Bootstrap.byTrack(run.truth, run.predicted, run.groups, 3, new BootstrapOptions(500, r))
                    .get(Metric.ACCURACY);
            covered += ci.contains(0.7) ? 1 : 0;
        }
        System.out.println("planted accuracy 0.7: " + covered + " of 200 track-bootstrap 95% intervals hold it");
        // the count's binomial sd at 0.95 is 3; percentile intervals run a little narrow on 80 tracks
        assertTrue(covered >= 178 && covered <= 198, covered + " of 200 intervals hold 0.7");
    }

    @Test
    void resamplingTracksWidensIntervalsForCorrelatedSegments() {
        Run run = Run.of(100, 3);
        // segments of a track are all right or all wrong, so the effective sample is 100 tracks, not 500 segments
        Interval byTrack = run.intervals(true).get(Metric.ACCURACY);
        Interval byRow = run.intervals(false).get(Metric.ACCURACY);
        assertTrue(byTrack.width() > 1.8 * byRow.width(), byTrack + " vs " + byRow);
    }

    @Test
    void seededAndOffWhenNoResamples() {
        Run run = Run.of(30, 4);
        assertEquals(run.intervals(true), run.intervals(true));
        assertTrue(Bootstrap.byTrack(run.truth, run.predicted, run.groups, 3, BootstrapOptions.NONE).isEmpty());
    }

    @Test
    void numpyLinearPercentile() {
        assertEquals(1.075, Bootstrap.percentile(new double[] {4, 2, 3, 1}, 2.5), 1e-12);
        assertEquals(3.925, Bootstrap.percentile(new double[] {4, 2, 3, 1}, 97.5), 1e-12);
    }
}
