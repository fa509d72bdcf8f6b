package org.merlab.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * What an audio bundle's predictor gives for one file: an emotion {@link Timeline} ({@link SegmentClassifier}) or
 * valence and arousal per step ({@link VaTimeline}, {@link VaPredictor}). The parts every kind has, so a caller that
 * only passes predictions on (the server's work queue) needs no kind of its own.
 */
public sealed interface AudioPrediction permits Timeline, VaTimeline {

    /** The audio file predicted. */
    Path file();

    /** Its decoded length in seconds. */
    double seconds();

    /** The track summary: the mean over its segments or steps, one value per label (emotion, or target). */
    double[] mean();

    /** Where the time went. */
    Timeline.Timings timings();

    /** What the user should know about this file's prediction. */
    List<String> warnings();

    /** The same prediction under another file name and warnings, e.g. a client's name for an uploaded file. */
    AudioPrediction named(Path file, List<String> warnings);
}
