package org.merlab.notebook;

import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One call to display a chart, a table or a result record inline in a notebook. The Java kernel
 * (rapaio-jupyter-kernel) shows a cell's value by its type: a {@code RenderedImage} as PNG, a Tablesaw
 * {@code Table} as HTML. So each method returns such a value and the library needs no kernel dependency.
 */
public final class Show {

    /** Longer tables are cut to their first rows on display; write them out with ReportWriter to see them all. */
    public static final int MAX_ROWS = 100;

    private Show() {
    }

    /** The chart drawn at its own size, for the kernel to show as PNG ({@code BitmapEncoder.getBufferedImage}). */
    public static BufferedImage chart(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The table itself, or its first {@value #MAX_ROWS} rows with the count in its name when it is longer. */
    public static Table table(Table table) {
        if (table.rowCount() <= MAX_ROWS) {
            return table;
        }
        return table.first(MAX_ROWS)
                .setName(table.name() + " (first " + MAX_ROWS + " of " + table.rowCount() + " rows)");
    }

    /**
     * Any record as a two-column table (field, value), one row per component in declaration order, named after
     * the record's class. Arrays print their elements; other values their {@code toString}.
     */
    public static Table record(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        String[] values = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = text(value(record, components[i]));
        }
        return Table.create(record.getClass().getSimpleName(),
                StringColumn.create("field", Arrays.stream(components).map(RecordComponent::getName)),
                StringColumn.create("value", values));
    }

    private static Object value(Record record, RecordComponent component) {
        Method accessor = component.getAccessor();
        try {
            // Records declared in a notebook or as private nested types are not public; their accessors still are ours to call.
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + component.getName(), e);
        }
    }

    private static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            String deep = Arrays.deepToString(new Object[] {value});
            return deep.substring(1, deep.length() - 1);
        }
        return String.valueOf(value);
    }
}
