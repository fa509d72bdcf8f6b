package org.merlab.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a cross-validated score table: a model (or a reference guesser) at one level over the pooled rows.
 *
 * @param model     model name, or {@link CvScores#MAJORITY} / {@link CvScores#CHANCE}
 * @param level     {@link CvScores#SEGMENT} or {@link CvScores#TRACK}
 * @param rows      rows scored (segments or tracks)
 * @param values    every {@link Metric}
 * @param intervals 95% intervals resampling groups (empty if the bootstrap was off)
 */
public record ScoreRow(String model, String level, int rows, Map<Metric, Double> values,
                       Map<Metric, Interval> intervals) {

    public ScoreRow {
        values = Map.copyOf(new EnumMap<>(values));
        intervals = intervals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(intervals));
    }

    /** The row of {@code e}: every {@link Metric} of its confusion matrix, with its bootstrap intervals. */
    public static ScoreRow of(String model, String level, Evaluation e) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, m.of(e.confusion()));
        }
        return new ScoreRow(model, level, e.truth().length, values, e.confidence());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s, %s level, %d rows:", model, level, rows));
        for (Metric m : Metric.values()) {
            Interval ci = intervals.get(m);
            s.append(String.format(Locale.ROOT, " %s %.4f%s", m.column(), values.get(m), ci == null ? "" : " " + ci));
        }
        return s.toString();
    }
}
