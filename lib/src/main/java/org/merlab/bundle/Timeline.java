package org.merlab.bundle;

import java.nio.file.Path;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.merlab.eval.Probabilities;
import org.merlab.report.Plots;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A track's predicted emotions over time and in summary.
 *
 * @param file     the audio file
 * @param seconds  its decoded length
 * @param labels   the bundle's labels, the index order of every probability vector
 * @param segments per segment, in time order
 * @param mean     the track summary: mean of the segments' probabilities, {@code [labels]} (as the study's
 *                 track-level evaluation aggregates a track)
 * @param timings  where the time went
 * @param warnings what the user should know about this file's prediction (e.g. shorter than one segment)
 */
public record Timeline(Path file, double seconds, List<String> labels, List<Step> segments, double[] mean,
                       Timings timings, List<String> warnings) implements AudioPrediction {

    public Timeline {
        labels = List.copyOf(labels);
        segments = List.copyOf(segments);
        mean = mean.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public Timeline named(Path file, List<String> warnings) {
        return new Timeline(file, seconds, labels, segments, mean, timings, warnings);
    }

    /** The label of the highest mean probability (ties to the first). */
    public String top() {
        return labels.get(Probabilities.argmax(mean));
    }

    /** One row per segment: start and end in seconds, whether it is a whole segment, one probability per label. */
    public Table table() {
        Table t = Table.create("timeline " + file.getFileName(),
                DoubleColumn.create("start", segments.stream().mapToDouble(Step::start)),
                DoubleColumn.create("end", segments.stream().mapToDouble(Step::end)),
                BooleanColumn.create("complete", segments.stream().map(Step::complete).toList()));
        for (int k = 0; k < labels.size(); k++) {
            int label = k;
            t.addColumns(DoubleColumn.create(labels.get(k),
                    segments.stream().mapToDouble(s -> s.probabilities()[label])));
        }
        return t;
    }

    /** The timeline as a chart: one line per label over the segments, titled with the file and {@link #top()}. */
    public XYChart chart() {
        double[] starts = segments.stream().mapToDouble(Step::start).toArray();
        double[] ends = segments.stream().mapToDouble(Step::end).toArray();
        double[][] p = segments.stream().map(Step::probabilities).toArray(double[][]::new);
        return Plots.probabilityTimeline("Emotion timeline: " + file.getFileName() + " (mean: " + top() + ")",
                starts, ends, labels, p);
    }

    /**
     * One segment's prediction.
     *
     * @param start         seconds from the start of the track
     * @param end           seconds from the start of the track
     * @param probabilities {@code [labels]}, summing to 1
     * @param complete      false for the one segment of a track shorter than the trained segment length
     */
    public record Step(double start, double end, double[] probabilities, boolean complete) {

        public Step {
            probabilities = probabilities.clone();
        }

        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }

        /** Index of the most probable label (ties to the first). */
        public int top() {
            return Probabilities.argmax(probabilities);
        }
    }

    /**
     * Wall-clock seconds of the three stages of one prediction.
     *
     * @param decode   reading, decoding and resampling the file
     * @param features the feature recipe on every segment
     * @param network  scaling and the network's forward pass
     */
    public record Timings(double decode, double features, double network) {

        public double total() {
            return decode + features + network;
        }
    }
}
