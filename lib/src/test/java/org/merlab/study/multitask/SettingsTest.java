package org.merlab.study.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.merlab.notebook.Params;

class SettingsTest {

    @Test
    void foldsComeFromMerlabFoldsElseTheMode() {
        assertEquals(5, Settings.from(Params.from(Map.of())).folds());
        assertEquals(2, Settings.from(Params.from(Map.of("MERLAB_SMOKE", "1"))).folds());
        var three = Params.from(Map.of("MERLAB_FOLDS", "3"));
        assertEquals(3, Settings.from(three).folds());
        assertEquals("3", three.asMap().get("MERLAB_FOLDS"));
        var smoke = Params.from(Map.of("MERLAB_SMOKE", "1"));
        Settings.from(smoke);
        assertEquals("2", smoke.asMap().get("MERLAB_FOLDS"), "the parameters table shows the folds that run");
        var e = assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Params.from(Map.of("MERLAB_FOLDS", "0"))));
        assertEquals("MERLAB_FOLDS must be at least 2 for notebook 08's out-of-fold scores, got 0", e.getMessage());
        assertEquals(32, Settings.from(Params.from(Map.of("MERLAB_STEP", "32"))).step());
        assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Params.from(Map.of("MERLAB_STEP", "0"))));
    }
}
