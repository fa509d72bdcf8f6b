package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void cnnLstmSummaryMatchesThePapersTable3() {
        var net = CnnLstm.builder().nClasses(10).build();
        var table = Summary.of(net, 1, 28);
        assertEquals(25, table.rowCount());
        var shape = table.stringColumn("output shape");
        var type = table.stringColumn("type");
        assertEquals("28 x 128", shape.get(0));
        assertEquals("Convolution1DLayer", type.get(0));
        assertEquals("28 x 128", shape.get(2));
        assertEquals("BatchNormalization", type.get(2));
        assertEquals("14 x 128", shape.get(3));
        assertEquals("7 x 256", shape.get(8));
        assertEquals("3 x 512", shape.get(13));
        assertEquals("3 x 128", shape.get(15));
        assertEquals("3 x 128", shape.get(16));
        assertEquals("128", shape.get(18));
        assertEquals("LastTimeStep", type.get(18));
        assertEquals("64", shape.get(23));
        assertEquals("10", shape.get(24));
        assertEquals(640L, table.longColumn("params").get(0));
        assertEquals(328_192L, table.longColumn("params").get(15));
        assertEquals(2_507_466L, (long) table.longColumn("params").sum());
    }

    @Test
    void emptyExampleShapeIsRejected() {
        var net = CnnLstm.builder().build();
        assertThrows(IllegalArgumentException.class, () -> Summary.of(net));
    }
}
