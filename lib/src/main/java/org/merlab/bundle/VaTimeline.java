package org.merlab.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * A track's predicted valence and arousal over time and in summary.
 *
 * @param file     the audio file
 * @param seconds  its decoded length
 * @param targets  the bundle's target names ({@code valence}, {@code arousal}), the index order of every value
 * @param steps    per step, in time order
 * @param mean     the track summary: mean of the steps' values, {@code [targets]}
 * @param timings  where the time went
 * @param warnings what the user should know about this file's prediction
 */
public record VaTimeline(Path file, double seconds, List<String> targets, List<Step> steps, double[] mean,
                         Timeline.Timings timings, List<String> warnings) implements AudioPrediction {

    public VaTimeline {
        targets = List.copyOf(targets);
        steps = List.copyOf(steps);
        mean = mean.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public VaTimeline named(Path file, List<String> warnings) {
        return new VaTimeline(file, seconds, targets, steps, mean, timings, warnings);
    }

    /**
     * One step's prediction.
     *
     * @param start  seconds from the start of the track
     * @param end    seconds from the start of the track
     * @param values {@code [targets]}, on the training annotations' scale
     */
    public record Step(double start, double end, double[] values) {

        public Step {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }
}
