package org.merlab.eval;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Printing of metric tables. */
public final class Tables {

    private Tables() {
    }

    /** The same table, its double columns printed with 4 decimals (values are not rounded). */
    public static Table fourDecimals(Table table) {
        table.columns().stream().filter(DoubleColumn.class::isInstance).map(DoubleColumn.class::cast)
                .forEach(c -> c.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4)));
        return table;
    }
}
