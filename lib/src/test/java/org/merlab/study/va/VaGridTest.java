package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.data.VaPiece;

class VaGridTest {

    @Test
    void halfSecondsHoldEachBarsValue() {
        var piece = new VaPiece("a", "a", "g", Path.of("a.mid"), new double[] {0, 1, 2.5}, new double[] {0.1, 0.2},
                new double[] {0.3, -0.4}, new double[2], new double[2], new int[] {1, 1});
        assertArrayEquals(new double[] {0.3, -0.4}, VaGrid.STEP.truth(List.of(piece), 1).get(0));
        assertArrayEquals(new double[] {0.3, 0.3, -0.4, -0.4, -0.4}, VaGrid.HALF_SECOND.truth(List.of(piece), 1)
                .get(0));
        assertEquals("half-second", VaGrid.HALF_SECOND.fileName());
    }
}
