package org.merlab.study.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.notebook.Params;

class SettingsTest {

    @Test
    void foldsComeFromMerlabFoldsElseTheMode() {
        assertEquals(5, Settings.from(Params.from(Map.of()), Map.of()).folds());
        assertEquals(2, Settings.from(Params.from(Map.of("MERLAB_SMOKE", "1")), Map.of()).folds());
        assertEquals(3, Settings.from(Params.from(Map.of()), Map.of("MERLAB_FOLDS", "3")).folds());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Params.from(Map.of()), Map.of("MERLAB_FOLDS", "one")));
        assertEquals("MERLAB_FOLDS must be an integer >= 2, got 'one'", e.getMessage());
        assertEquals(32, Settings.from(Params.from(Map.of()), Map.of("MERLAB_STEP", "32")).step());
        assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Params.from(Map.of()), Map.of("MERLAB_STEP", "0")));
    }
}
