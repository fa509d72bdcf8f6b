package org.merlab.report;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFormatsTest {

    private static Table scores() {
        return Table.create("scores",
                StringColumn.create("model_name", "cnn|lstm", "svm 50% & <rbf>"),
                DoubleColumn.create("accuracy", 0.75, 0.5),
                IntColumn.create("n", 20, 10));
    }

    @Test
    void markdownPipeTableRightAlignsNumbers() {
        assertEquals("""
                | model\\_name | accuracy | n |
                |---|---:|---:|
                | cnn\\|lstm | 0.75 | 20 |
                | svm 50% & \\<rbf\\> | 0.5 | 10 |
                """, TableFormats.markdown(scores()));
    }

    @Test
    void latexBooktabsTabular() {
        assertEquals("""
                \\begin{tabular}{lrr}
                \\toprule
                model\\_name & accuracy & n \\\\
                \\midrule
                cnn|lstm & 0.75 & 20 \\\\
                svm 50\\% \\& \\textless{}rbf\\textgreater{} & 0.5 & 10 \\\\
                \\bottomrule
                \\end{tabular}
                """, TableFormats.latex(scores()));
    }

    @Test
    void tinyNumbersAreScientificInBothFormats() {
        DoubleColumn p = DoubleColumn.create("p", 1e-5, -2.345e-7, 0.0, 0.001, Double.NaN);
        p.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        Table table = Table.create("tiny", p);
        assertEquals("""
                | p |
                |---:|
                | 1.00e-05 |
                | -2.35e-07 |
                | 0.000 |
                | 0.001 |
                |  |
                """, TableFormats.markdown(table));
        assertTrue(TableFormats.latex(table).contains("1.00e-05 \\\\\n-2.35e-07 \\\\\n0.000 \\\\\n0.001 \\\\\n"));
    }

    @Test
    void markdownEscapesMarkupAndLineBreaks() {
        assertEquals("a\\*b\\*<br>c\\_d\\\\e<br>\\`f\\` \\[g\\](h) \\~",
                TableFormats.escapeMarkdown("a*b*\r\nc_d\\e\n`f` [g](h) ~"));
    }

    @Test
    void latexEscapesAllSpecialCharacters() {
        assertEquals("\\textbackslash{}\\{\\}\\$\\#\\_\\textasciitilde{}\\textasciicircum{} a b — é",
                TableFormats.escapeLatex("\\{}$#_~^\na b — é"));
    }
}
