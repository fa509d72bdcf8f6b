package org.merlab.study.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SequenceSettingsTest {

    @Test
    void parametersNameEverySetting() {
        Map<String, String> p = SequenceSettings.DEFAULT.withEpochs(3).parameters();
        assertEquals(List.of("nMels", "steps", "epochs", "patience", "batchSize"), List.copyOf(p.keySet()));
        assertEquals("3", p.get("epochs"));
        assertEquals("64", p.get("steps"));
    }

    @Test
    void refusesStepsTheCrnnCannotHalveTwice() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SequenceSettings(64, 3, 1, 1, 2));
        assertEquals("nMels must be at least 1 and steps at least 4 (the CRNN halves them twice), got 64 and 3",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SequenceSettings(64, 8, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SequenceSettings.DEFAULT.withEpochs(0));
    }
}
