package org.merlab.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapOptionsTest {

    @Test
    void rejectsNegativeResamples() {
        EvalException e = assertThrows(EvalException.class, () -> new BootstrapOptions(-1, 0));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }
}
