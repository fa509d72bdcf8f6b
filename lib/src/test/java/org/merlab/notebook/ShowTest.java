package org.merlab.notebook;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ShowTest {

    private record Score(String model, double accuracy, int[] confusionRow, List<String> classes) {
    }

    @Test
    void recordBecomesFieldValueTable() {
        Table t = Show.record(new Score("cnn-lstm", 0.75, new int[] {3, 1}, List.of("calm", "tense")));
        assertEquals("Score", t.name());
        assertEquals(List.of("field", "value"), t.columnNames());
        assertEquals(List.of("model", "accuracy", "confusionRow", "classes"), t.stringColumn("field").asList());
        assertEquals(List.of("cnn-lstm", "0.75", "[3, 1]", "[calm, tense]"), t.stringColumn("value").asList());
    }

    @Test
    void chartRendersAtItsSize() {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("t").build();
        chart.addSeries("s", new double[] {0, 1, 2}, new double[] {1, 0, 1});
        BufferedImage image = Show.chart(chart);
        assertEquals(320, image.getWidth());
        assertEquals(200, image.getHeight());
    }

    @Test
    void shortTableIsShownAsIs() {
        Table t = Table.create("t", IntColumn.indexColumn("i", Show.MAX_ROWS, 0));
        assertSame(t, Show.table(t));
    }

    @Test
    void longTableIsCutWithACountInItsName() {
        Table shown = Show.table(Table.create("t", IntColumn.indexColumn("i", 250, 0)));
        assertEquals(Show.MAX_ROWS, shown.rowCount());
        assertEquals("t (first 100 of 250 rows)", shown.name());
        assertEquals(0, shown.intColumn("i").get(0));
    }
}
