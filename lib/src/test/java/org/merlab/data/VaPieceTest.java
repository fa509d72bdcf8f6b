package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class VaPieceTest {

    static VaPiece piece(String id, String group, int steps) {
        double[] b = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            b[k] = 2.0 * k;
        }
        return new VaPiece(id, id, group, Path.of(id + ".mid"), b, new double[steps], new double[steps],
                new double[steps], new double[steps], new int[steps]);
    }

    @Test
    void stepsAndEnd() {
        VaPiece p = piece("p", "g", 3);
        assertEquals(3, p.steps());
        assertEquals(6.0, p.end());
    }

    @Test
    void inconsistentSeriesAreRefusedNamingThePiece() {
        var e = assertThrows(IllegalArgumentException.class, () -> new VaPiece("x", "x", "g", Path.of("x"),
                new double[] {0, 1}, new double[2], new double[2], new double[2], new double[2], new int[2]));
        assertEquals("x: 2 steps need 3 boundaries and 2 values per series", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new VaPiece("y", "y", "g", Path.of("y"),
                new double[] {0, 1, 1}, new double[2], new double[2], new double[2], new double[2], new int[2]));
    }
}
