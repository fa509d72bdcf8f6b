package org.merlab.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import org.rapaio.jupyter.kernel.display.table.DataType;
import org.rapaio.jupyter.kernel.display.table.TableDisplay;

/**
 * Shows a Tablesaw {@code Table} as an HTML table. Without it the kernel's fallback sends the table's
 * {@code toString()}, an ASCII-art grid, under the MIME type text/html, where its spacing collapses.
 *
 * <p>Registered through the kernel's display SPI ({@code META-INF/services}) from {@code kernel-fix.jar} on the
 * kernel's own class path. Tablesaw lives on the notebook's class path (RJK_CLASSPATH), a different class loader,
 * so the table is recognised by class name and read by reflection: {@code rowCount()}, {@code columnNames()},
 * {@code getString(row, column)} (Tablesaw's own cell formatting) and {@code column(i).type().name()} to
 * right-align numeric columns. The kernel's table renderer then writes the HTML.
 */
public final class TablesawDisplay implements DisplayProvider {

    private static final String TABLE = "tech.tablesaw.api.Table";
    private static final Set<String> NUMERIC = Set.of("SHORT", "INTEGER", "LONG", "FLOAT", "DOUBLE");

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of();
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new ByClassName(TABLE, TableDisplay.class, Reflected::new));
    }

    /** A Tablesaw table seen through {@link TableDisplay}; cells are Tablesaw's formatted strings. */
    private static final class Reflected implements TableDisplay {
        private final Object table;
        private final Method getString;
        private final int rows;
        private final List<?> names;
        private final boolean[] numeric;

        Reflected(Object table) {
            this.table = table;
            try {
                Class<?> type = table.getClass();
                getString = type.getMethod("getString", int.class, int.class);
                rows = (Integer) type.getMethod("rowCount").invoke(table);
                names = (List<?>) type.getMethod("columnNames").invoke(table);
                numeric = new boolean[names.size()];
                Method column = type.getMethod("column", int.class);
                for (int c = 0; c < numeric.length; c++) {
                    Object col = column.invoke(table, c);
                    Object colType = col.getClass().getMethod("type").invoke(col);
                    numeric[c] = NUMERIC.contains(String.valueOf(colType.getClass().getMethod("name").invoke(colType)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read Tablesaw table " + table.getClass().getName(), e);
            }
        }

        @Override
        public boolean hasHeader() {
            return true;
        }

        @Override
        public int getRows() {
            return rows;
        }

        @Override
        public int getCols() {
            return names.size();
        }

        @Override
        public Alignment columnAlignment(int col) {
            return numeric[col] ? Alignment.RIGHT : Alignment.LEFT;
        }

        @Override
        public String columnName(int col) {
            return String.valueOf(names.get(col));
        }

        @Override
        public DataType columnType(int col) {
            return DataType.STRING;
        }

        @Override
        public Object getValue(int row, int col) {
            try {
                return getString.invoke(table, row, col);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read cell (" + row + ", " + col + ") of a Tablesaw table", e);
            }
        }
    }
}
