package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.merlab.report.Plots;

class VaFiguresTest {

    @Test
    void examplePiecesAreTheLongestOfDifferentFolds() {
        var run = VaTablesTest.RUN;
        var chosen = VaFigures.examplePieces(run, 3);
        assertEquals(2, chosen.size(), "two folds, one piece each");
        assertTrue(run.foldOfPiece()[chosen.get(0)] != run.foldOfPiece()[chosen.get(1)]);
        for (int i = 0; i < run.pieces().size(); i++) {
            if (run.foldOfPiece()[i] == run.foldOfPiece()[chosen.get(0)]) {
                assertTrue(run.pieces().get(i).steps() <= run.pieces().get(chosen.get(0)).steps());
            }
        }
    }

    @Test
    void timelinesShowTheBandTheMeanAndEveryPrediction() {
        var run = VaTablesTest.RUN;
        var chart = VaFigures.timeline(run, 0, 1);
        for (String series : new String[] {"annotators ± 1 sd", "annotators - 1 sd", "annotated mean", "lstm",
                VaRun.MEAN}) {
            assertNotNull(chart.getSeries(series), series);
        }
        assertNull(VaFigures.annotations(run.pieces().get(0), 0).getSeries("lstm"));
        assertTrue(VaFigures.curves(run.history(VaModel.LSTM, "arousal", 0), Plots.Curve.MAE).getTitle()
                .contains("MAE"));
    }
}
