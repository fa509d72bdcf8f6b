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
    void graphSummaryListsEveryVertexInOrderWithShapesAndParams() {
        var graph = TextLstm.defaults(50, 6).withShape(8, 4, 1).build(1);
        var table = Summary.of(graph, 5);
        assertEquals(java.util.List.of("embedding", "lstm1", "reverse1", "lstm1-backward", "unreverse1", "bilstm1",
                "pooling", "output"), table.stringColumn("vertex").asList());
        assertEquals("5 x 8", table.stringColumn("output shape").get(0));
        assertEquals("5 x 8", table.stringColumn("output shape").get(5));
        assertEquals("8", table.stringColumn("output shape").get(6));
        assertEquals("MergeVertex", table.stringColumn("type").get(5));
        assertEquals(870L, (long) table.longColumn("params").sum());
        assertThrows(IllegalArgumentException.class, () -> Summary.of(graph));
    }

    @Test
    void transformerSummaryShowsPositionsAndBlocks() {
        var table = Summary.of(TextTransformer.defaults(50, 6, 10).withShape(8, 2, 16, 1).build(1), 4);
        assertEquals("PositionEmbedding", table.stringColumn("type").get(1));
        assertEquals("4 x 8", table.stringColumn("output shape").get(2));
        assertEquals(568L, table.longColumn("params").get(2));
        assertEquals(1102L, (long) table.longColumn("params").sum());
    }

    @Test
    void emptyExampleShapeIsRejected() {
        var net = CnnLstm.builder().build();
        assertThrows(IllegalArgumentException.class, () -> Summary.of(net));
    }
}
