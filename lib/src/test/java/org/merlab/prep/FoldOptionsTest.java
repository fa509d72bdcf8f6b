package org.merlab.prep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoldOptionsTest {

    @Test
    void defaultsAndCopies() {
        assertEquals(new FoldOptions(5, 0.2, Smote.DEFAULT_K, Grouping.TRACK), FoldOptions.DEFAULT);
        assertEquals(10, FoldOptions.DEFAULT.withFolds(10).folds());
        Grouping game = Grouping.of("game", java.util.Map.of());
        assertEquals(game, FoldOptions.DEFAULT.withGrouping(game).grouping());
    }

    @Test
    void rejectsValuesThatCannotMakeFolds() {
        PrepException folds = assertThrows(PrepException.class, () -> new FoldOptions(1, 0.2, 5, Grouping.TRACK));
        assertTrue(folds.getMessage().contains("got 1"), folds.getMessage());
        // more than half the training groups in validation could leave a class with no training group
        assertThrows(PrepException.class, () -> new FoldOptions(5, 0.6, 5, Grouping.TRACK));
        assertThrows(PrepException.class, () -> new FoldOptions(5, -0.1, 5, Grouping.TRACK));
        assertThrows(PrepException.class, () -> new FoldOptions(5, Double.NaN, 5, Grouping.TRACK));
        assertThrows(PrepException.class, () -> new FoldOptions(5, 0.2, 0, Grouping.TRACK));
        assertThrows(NullPointerException.class, () -> new FoldOptions(5, 0.2, 5, null));
    }
}
