package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class VaRunTest {

    @Test
    void namesEveryModelThenTheMeanAndFindsTheirPredictionsAndHistories() {
        var run = VaTablesTest.RUN;
        assertEquals(List.of("lstm", VaRun.MEAN), run.names());
        assertSame(run.meanBaseline(), run.predicted(VaRun.MEAN));
        assertThrows(IllegalArgumentException.class, () -> run.predicted("nope"));
        assertEquals(1, run.history(VaModel.LSTM, "valence", 1).fold());
        assertThrows(IllegalArgumentException.class, () -> run.history(VaModel.LSTM, "both", 0));
    }
}
