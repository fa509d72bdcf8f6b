package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class VaRunTest {

    @Test
    void namesEveryModelThenBothBaselinesAndFindsTheirPredictionsAndHistories() {
        var run = VaTablesTest.RUN;
        assertEquals(List.of("lstm", VaRun.MEAN, VaRun.STATIC), run.names());
        assertSame(run.meanBaseline(), run.predicted(VaRun.MEAN));
        assertSame(run.staticBaseline(), run.predicted(VaRun.STATIC));
        assertThrows(IllegalArgumentException.class, () -> run.predicted("nope"));
        assertEquals(1, run.history(VaModel.LSTM, "valence", 1).fold());
        assertThrows(IllegalArgumentException.class, () -> run.history(VaModel.LSTM, "both", 0));
    }
}
