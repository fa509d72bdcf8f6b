package org.merlab.study.va;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VaSettingsTest {

    @Test
    void refusesImpossibleSettingsAndDescribesTheRest() {
        var models = List.of(VaModel.LSTM);
        assertThrows(IllegalArgumentException.class, () -> new VaSettings(1, 0.2, 2, 2, 0, models, 1));
        assertThrows(IllegalArgumentException.class, () -> new VaSettings(3, 0.6, 2, 2, 0, models, 1));
        assertThrows(IllegalArgumentException.class, () -> new VaSettings(3, 0.2, 2, 2, 1, models, 1));
        assertThrows(IllegalArgumentException.class, () -> new VaSettings(3, 0.2, 2, 2, 0, List.of(), 1));
        String d = new VaSettings(3, 0.2, 10, 4, 32, models, 7).describe();
        assertTrue(d.contains("3-fold") && d.contains("windows of up to 32") && d.contains("lstm"), d);
    }
}
