package org.merlab.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

class TimelineTest {

    private static final Timeline TIMELINE = new Timeline(Path.of("dir/song.mp3"), 4.5, List.of("calm", "power"),
            List.of(new Timeline.Step(0, 3, new double[] {0.75, 0.25}, true),
                    new Timeline.Step(1.5, 4.5, new double[] {0.25, 0.75}, false)),
            new double[] {0.5, 0.5}, new Timeline.Timings(0.1, 0.2, 0.3), List.of());

    @Test
    void tableHasOneRowPerSegmentAndOneColumnPerLabel() {
        Table t = TIMELINE.table();
        assertEquals(List.of("start", "end", "complete", "calm", "power"), t.columnNames());
        assertArrayEquals(new double[] {0, 1.5}, t.doubleColumn("start").asDoubleArray());
        assertArrayEquals(new double[] {0.25, 0.75}, t.doubleColumn("power").asDoubleArray());
        assertEquals(List.of(true, false), t.booleanColumn("complete").asList());
    }

    @Test
    void chartDrawsOneSeriesPerLabelAndNamesTheFileAndSummary() {
        var chart = TIMELINE.chart();
        assertEquals(List.of("calm", "power"), chart.getSeriesCollection().stream().map(s -> s.getName()).toList());
        assertEquals("Emotion timeline: song.mp3 (mean: calm)", chart.getTitle());
    }
}
