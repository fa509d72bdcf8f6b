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

    private static final VaRun RUN = VaCrossValidation.run(VaFixtures.built(24, 6, 1),
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
}
