package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KerasAdamTest {

    @Test
    void hasKerasMomentsAndTheGivenRate() {
        var adam = KerasAdam.of(3e-4);
        assertEquals(3e-4, adam.getLearningRate(0, 0));
        assertEquals(0.9, adam.getBeta1());
        assertEquals(0.999, adam.getBeta2());
        assertEquals(1e-7, adam.getEpsilon());
    }
}
