package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class VaDatasetTest {

    @Test
    void limitTakesPiecesRoundRobinOverGroups() {
        var d = new VaDataset("t", List.of(VaPieceTest.piece("a1", "a", 2), VaPieceTest.piece("a2", "a", 2),
                VaPieceTest.piece("b1", "b", 2), VaPieceTest.piece("c1", "c", 2)), List.of("x"));
        assertEquals(List.of("a1", "b1", "c1"), d.limit(3).pieces().stream().map(VaPiece::id).toList());
        assertEquals(4, d.limit(0).pieces().size());
        assertEquals("t: 4 pieces, 1 items skipped", d.summary());
    }
}
