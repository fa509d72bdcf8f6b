package org.merlab.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TfIdfOptionsTest {

    @Test
    void rangesMustBeOrderedOrOff() {
        assertDoesNotThrow(() -> new TfIdfOptions(0, 0, 1, 3, 1, true));
        assertEquals("word n-gram range must be 1 <= min <= max (or 0, 0 for none), got 2..1",
                assertThrows(TextException.class, () -> new TfIdfOptions(2, 1, 0, 0, 1, true)).getMessage());
        assertThrows(TextException.class, () -> new TfIdfOptions(0, 2, 0, 0, 1, true));
        assertThrows(TextException.class, () -> new TfIdfOptions(0, 0, 0, 0, 1, true));
        assertThrows(TextException.class, () -> new TfIdfOptions(1, 1, 0, 0, 0, true));
    }
}
