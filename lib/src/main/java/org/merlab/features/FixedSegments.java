package org.merlab.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Segments of a fixed length in seconds, the layout a deployed model needs: the paper cuts every track into N equal
 * parts ({@link PaperFeatures#split}), so a segment's length depends on the track, while a trained model must see
 * segments of the length it was trained on, whatever the length of the song it is given.
 *
 * <p>Rule (the same at training and at prediction): windows of {@code segmentSeconds} start at 0, {@code hop},
 * {@code 2 hop}, ... as long as they fit in the signal; if the audio after the last window's end is at least half a
 * segment long, one more window is placed so that it ends at the signal's end (it overlaps the one before), so the
 * end of a song is not ignored. A signal shorter than one segment gives a single segment holding all of it, marked
 * {@linkplain Segment#complete() incomplete}: whether to use it is the caller's decision.
 *
 * @param segmentSeconds length of every segment, positive
 * @param hopSeconds     distance between segment starts, positive and at most {@code segmentSeconds} (no gaps)
 */
public record FixedSegments(double segmentSeconds, double hopSeconds) {

    public FixedSegments {
        if (!(segmentSeconds > 0) || Double.isInfinite(segmentSeconds)) {
            throw new ParameterException("segment length must be a positive number of seconds, got "
                    + segmentSeconds);
        }
        if (!(hopSeconds > 0) || hopSeconds > segmentSeconds) {
            throw new ParameterException("hop must be positive and at most the segment length " + segmentSeconds
                    + " s, got " + hopSeconds);
        }
    }

    /** Back-to-back segments of {@code seconds} (hop = segment length). */
    public static FixedSegments of(double seconds) {
        return new FixedSegments(seconds, seconds);
    }

    /**
     * One segment of a signal.
     *
     * @param start    first sample, in the signal's samples
     * @param samples  the segment's samples (a copy)
     * @param complete false only for the one segment of a signal shorter than {@code segmentSeconds}
     */
    public record Segment(int start, float[] samples, boolean complete) {

        /** Start time in seconds at rate {@code sr}. */
        public double startSeconds(double sr) {
            return start / sr;
        }

        /** End time in seconds at rate {@code sr}. */
        public double endSeconds(double sr) {
            return (start + samples.length) / sr;
        }
    }

    /** Samples per segment at rate {@code sr} (rounded to the nearest sample). */
    public int segmentSamples(double sr) {
        return (int) Math.round(segmentSeconds * sr);
    }

    /**
     * {@code y} cut by the rule of the class comment.
     *
     * @return at least one segment for a non-empty signal, in time order
     * @throws ParameterException if {@code y} is empty
     */
    public List<Segment> cut(float[] y, double sr) {
        if (y.length == 0) {
            throw new ParameterException("cannot cut an empty signal into segments");
        }
        int length = segmentSamples(sr);
        int hop = Math.max(1, (int) Math.round(hopSeconds * sr));
        if (y.length < length) {
            return List.of(new Segment(0, y.clone(), false));
        }
        List<Segment> out = new ArrayList<>();
        for (int start = 0; start + length <= y.length; start += hop) {
            out.add(new Segment(start, Arrays.copyOfRange(y, start, start + length), true));
        }
        int end = out.getLast().start() + length;
        if (y.length - end >= length / 2.0) {
            out.add(new Segment(y.length - length, Arrays.copyOfRange(y, y.length - length, y.length), true));
        }
        return out;
    }

    /** The layout in cache keys and bundle recipes, e.g. {@code fixed-segments/1 segment=3.0s hop=3.0s}. */
    public String signature() {
        return String.format(Locale.ROOT, "fixed-segments/1 segment=%ss hop=%ss", segmentSeconds, hopSeconds);
    }
}
