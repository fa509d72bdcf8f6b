package org.merlab.eval;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesTest {

    @Test
    void printsFourDecimalsAndKeepsValues() {
        Table t = Tables.fourDecimals(Table.create("t", DoubleColumn.create("x", new double[] {2 / 3.0, 0.5})));
        String printed = t.print();
        assertTrue(printed.contains("0.6667") && printed.contains("0.5000") && !printed.contains("0.66666"), printed);
        assertEquals(2 / 3.0, t.doubleColumn("x").get(0));
    }
}
