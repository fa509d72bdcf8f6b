package org.merlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as GitHub-flavoured Markdown or as a LaTeX {@code tabular} with booktabs rules, for papers and
 * READMEs. Cells are the columns' formatted strings ({@link Column#getString}); numeric columns are right-aligned.
 * A number below {@value #TINY} in magnitude (and not 0) is written in scientific notation instead
 * ({@link #tiny}), since a fixed-point formatter would print a learning rate of 1e-5 or a p-value of 2e-7 as 0.000.
 * Every header and cell is escaped, so any text (pipes, underscores, percent signs, newlines) stays one cell.
 */
public final class TableFormats {

    private TableFormats() {
    }

    /** A GFM pipe table: header row, alignment row ({@code ---} or {@code ---:}), one row per table row. */
    public static String markdown(Table table) {
        StringBuilder out = new StringBuilder();
        appendRow(out, table.columnNames(), TableFormats::escapeMarkdown, "| ", " | ", " |");
        appendRow(out, table.columns().stream().map(c -> c instanceof NumericColumn<?> ? "---:" : "---").toList(),
                UnaryOperator.identity(), "|", "|", "|");
        for (int r = 0; r < table.rowCount(); r++) {
            appendRow(out, cells(table, r), TableFormats::escapeMarkdown, "| ", " | ", " |");
        }
        return out.toString();
    }

    /** A booktabs {@code tabular} ({@code \toprule}, {@code \midrule}, {@code \bottomrule}); needs the LaTeX package booktabs. */
    public static String latex(Table table) {
        StringBuilder out = new StringBuilder("\\begin{tabular}{");
        table.columns().forEach(c -> out.append(c instanceof NumericColumn<?> ? 'r' : 'l'));
        out.append("}\n\\toprule\n");
        appendRow(out, table.columnNames(), TableFormats::escapeLatex, "", " & ", " \\\\");
        out.append("\\midrule\n");
        for (int r = 0; r < table.rowCount(); r++) {
            appendRow(out, cells(table, r), TableFormats::escapeLatex, "", " & ", " \\\\");
        }
        return out.append("\\bottomrule\n\\end{tabular}\n").toString();
    }

    /** Backslash-escapes the ASCII punctuation GFM would read as markup; a line break becomes {@code <br>}. */
    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                out.append("<br>");
            } else {
                if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes LaTeX's ten special characters plus {@code < >} (wrong glyphs in OT1); line breaks become spaces. */
    static String escapeLatex(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '\\' -> "\\textbackslash{}";
                case '~' -> "\\textasciitilde{}";
                case '^' -> "\\textasciicircum{}";
                case '<' -> "\\textless{}";
                case '>' -> "\\textgreater{}";
                case '&', '%', '$', '#', '_', '{', '}' -> "\\" + c;
                case '\n', '\r' -> " ";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }

    /** Magnitudes below this (except 0) are written by {@link #tiny}. */
    static final double TINY = 1e-3;

    private static List<String> cells(Table table, int row) {
        List<String> cells = new ArrayList<>(table.columnCount());
        for (Column<?> column : table.columns()) {
            double x = column instanceof NumericColumn<?> n && !n.isMissing(row) ? n.getDouble(row) : Double.NaN;
            cells.add(x != 0 && Math.abs(x) < TINY ? tiny(x) : column.getString(row));
        }
        return cells;
    }

    /** Three significant digits in scientific notation, e.g. {@code 1.00e-05}, {@code -2.35e-07}. */
    static String tiny(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }

    private static void appendRow(StringBuilder out, List<String> cells, UnaryOperator<String> escape,
                                  String open, String separator, String close) {
        out.append(open);
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : separator).append(escape.apply(cells.get(i)));
        }
        out.append(close).append('\n');
    }
}
