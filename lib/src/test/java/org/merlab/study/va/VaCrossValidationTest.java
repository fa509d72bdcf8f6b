package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.merlab.eval.SequenceMetric;

class VaCrossValidationTest {

    private static final VaRun RUN = VaCrossValidation.run(VaFixtures.built(24, 6, 1), VaFixtures.clips(16, 2),
            new VaSettings(3, 0.25, 25, 25, 8, List.of(VaModel.LSTM, VaModel.LSTM_JOINT), 5), line -> { });

    @Test
    void everyPieceIsPredictedOnceWithItsOwnLengthAndGamesStayInOneFold() {
        Map<String, Integer> foldOfGame = new HashMap<>();
        for (int i = 0; i < RUN.pieces().size(); i++) {
            var piece = RUN.pieces().get(i);
            Integer before = foldOfGame.putIfAbsent(piece.group(), RUN.foldOfPiece()[i]);
            assertTrue(before == null || before == RUN.foldOfPiece()[i], piece.group());
            for (String name : RUN.names()) {
                for (int d = 0; d < 2; d++) {
                    assertEquals(piece.steps(), RUN.predicted(name)[i][d].length, name);
                }
            }
        }
        assertEquals(3, new HashSet<>(foldOfGame.values()).size());
    }

    @Test
    void oneHistoryPerFoldDimensionAndModel() {
        // LSTM: 3 folds x 2 dimensions; joint: 3 folds x 1
        assertEquals(9, RUN.histories().size());
        assertEquals(3, RUN.histories().stream().filter(h -> h.dimension().equals("both")).count());
    }

    @Test
    void theFloorIsTheMeanOfTheTrainingPieces() {
        // Each fold's floor is one constant, the mean over steps of pieces outside that fold's test part
        // (and its validation part, so it differs from the all-other-pieces mean only by those).
        for (int i = 0; i < RUN.pieces().size(); i++) {
            double[] m = RUN.meanBaseline()[i][1];
            for (double v : m) {
                assertEquals(m[0], v);
            }
            assertTrue(Math.abs(m[0]) < 0.6, "mean " + m[0]);
        }
    }

    @Test
    void theLstmFollowsInputsThatCarryTheTargetsAndBeatsTheFloor() {
        for (int d = 0; d < 2; d++) {
            List<double[]> truth = VaGrid.STEP.truth(RUN.pieces(), d);
            double model = SequenceMetric.RMSE.of(truth, VaGrid.STEP.series(RUN.pieces(), RUN.predicted("lstm"), d));
            double floor = SequenceMetric.RMSE.of(truth, VaGrid.STEP.series(RUN.pieces(), RUN.meanBaseline(), d));
            assertTrue(model < 0.6 * floor, "dimension " + d + ": " + model + " vs " + floor);
            double joint = SequenceMetric.RMSE.of(truth,
                    VaGrid.STEP.series(RUN.pieces(), RUN.predicted("lstm-joint"), d));
            assertTrue(joint < 0.6 * floor, "joint, dimension " + d + ": " + joint + " vs " + floor);
        }
    }

    @Test
    void theSameSeedGivesTheSamePredictions() {
        var again = VaCrossValidation.run(VaFixtures.built(24, 6, 1),
                new VaSettings(3, 0.25, 2, 2, 0, List.of(VaModel.LSTM), 5), line -> { });
        var once = VaCrossValidation.run(VaFixtures.built(24, 6, 1),
                new VaSettings(3, 0.25, 2, 2, 0, List.of(VaModel.LSTM), 5), line -> { });
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < once.pieces().size(); i++) {
            for (double v : once.predicted("lstm")[i][0]) {
                a.add(v);
            }
            for (double v : again.predicted("lstm")[i][0]) {
                b.add(v);
            }
        }
        assertEquals(a, b);
    }

    @Test
    void theStaticBaselineIsOneValuePerPieceFromItsAudioAndBeatsTheMean() {
        // The fixtures' input channels carry each piece's level, so piece-level features predict it.
        for (int d = 0; d < 2; d++) {
            for (int i = 0; i < RUN.pieces().size(); i++) {
                double[] s = RUN.staticBaseline()[i][d];
                assertEquals(RUN.pieces().get(i).steps(), s.length);
                for (double v : s) {
                    assertEquals(s[0], v);
                }
            }
            List<double[]> truth = VaGrid.STEP.truth(RUN.pieces(), d);
            double fixed = SequenceMetric.RMSE.of(truth, VaGrid.STEP.series(RUN.pieces(), RUN.staticBaseline(), d));
            double floor = SequenceMetric.RMSE.of(truth, VaGrid.STEP.series(RUN.pieces(), RUN.meanBaseline(), d));
            assertTrue(fixed < 0.8 * floor, "dimension " + d + ": " + fixed + " vs " + floor);
        }
        for (double[] fold : RUN.staticPenalties()) {
            for (double penalty : fold) {
                assertTrue(java.util.Arrays.stream(org.merlab.baselines.StaticRidge.PENALTIES)
                        .anyMatch(x -> x == penalty), "penalty " + penalty);
            }
        }
    }

    @Test
    void aPiecesOwnTargetsNeverReachItsStaticPrediction() {
        // Shift one piece's annotations: its static prediction comes from the fold that tested it, which never saw
        // them, so it must not move (the pieces it trained on in other folds do move).
        var built = VaFixtures.built(12, 4, 6);
        var settings = new VaSettings(2, 0.25, 1, 1, 0, List.of(VaModel.LSTM), 3);
        var before = VaCrossValidation.run(built, settings, line -> { });
        var p = built.pieces().get(0);
        double[] shifted = java.util.Arrays.stream(p.valence()).map(v -> v + 5).toArray();
        var pieces = new ArrayList<>(built.pieces());
        pieces.set(0, new org.merlab.data.VaPiece(p.id(), p.title(), p.group(), p.source(), p.boundaries(), shifted,
                p.arousal(), p.valenceSd(), p.arousalSd(), p.raters()));
        var after = VaCrossValidation.run(new org.merlab.data.VaFeatures.Built(pieces, built.features(),
                built.nMels(), List.of(), 0, 0), settings, line -> { });
        assertEquals(before.staticBaseline()[0][0][0], after.staticBaseline()[0][0][0], 1e-12);
        boolean othersMoved = false;
        for (int i = 1; i < pieces.size(); i++) {
            othersMoved |= before.staticBaseline()[i][0][0] != after.staticBaseline()[i][0][0];
        }
        assertTrue(othersMoved, "a training piece's targets must reach the other fold's predictions");
    }

    @Test
    void clipsArePredictedByTheFoldModelsAndLandInTheirQuadrants() {
        // Clips carry their quadrant in the same channels as the pieces carry their targets.
        for (VaModel model : RUN.settings().models()) {
            double[][] means = RUN.clipMeans().get(model);
            assertEquals(16, means.length);
            int hits = 0;
            for (int c = 0; c < means.length; c++) {
                var q = VaFixtures.clipQuadrant(c);
                hits += org.merlab.data.Quadrant.of(means[c][0], means[c][1], 0, 0) == q ? 1 : 0;
            }
            assertTrue(hits >= 12, model.label() + ": " + hits + " of 16 clips in their quadrant");
        }
    }
}
