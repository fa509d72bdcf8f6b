package org.merlab.study.sequence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.merlab.data.FeatureTables;
import org.merlab.data.LogMelSequences;
import org.merlab.features.GridPool;
import org.merlab.prep.Samples;
import org.merlab.prep.Tracks;
import org.merlab.study.StudyData;
import org.merlab.study.StudyException;

import tech.tablesaw.api.IntColumn;

/**
 * Every segment's log-mel frames, pooled to a fixed number of steps, and the way from a {@link Samples} row to them.
 *
 * <p>A row of a study table carries its track ({@code group}) but not its segment: the table holds each track's
 * segments in order ({@link StudyData#segments}), and every part a fold set cuts keeps the table's row order. So the
 * {@code k}-th row of track {@code t} in any part that holds all of {@code t}'s segments is segment {@code k}. That
 * is what the honest protocol's folds are (grouped by track, or by anything coarser); a part holding only some of a
 * track's segments (the published protocol's segment split) cannot be mapped and is refused, as are SMOTE rows,
 * which have no audio. The mapping ignores the rows' features, which a fold has standardised.
 */
public final class SegmentFrames {

    private final Map<String, float[][][]> byTrack;
    private final int nMels;
    private final int steps;

    private SegmentFrames(Map<String, float[][][]> byTrack, int nMels, int steps) {
        this.byTrack = byTrack;
        this.nMels = nMels;
        this.steps = steps;
    }

    /**
     * The log-mel spectrograms of {@code data}'s tracks cut into {@code segments} segments
     * ({@link FeatureTables#logMel}, {@code settings.nMels()} bands, cached in {@code cacheDir}), pooled to
     * {@code settings.steps()} steps, or to the shortest segment's frame count if that is smaller (short clips, e.g.
     * the embedded corpus's, cannot be pooled to more steps than they have frames; {@link #steps()} says which).
     *
     * @param cacheDir feature cache folder, or null for none
     * @param threads  tracks extracted in parallel
     */
    public static SegmentFrames load(StudyData data, int segments, SequenceSettings settings, Path cacheDir,
                                     int threads) {
        LogMelSequences sequences = FeatureTables.logMel(data.dataset(), segments, settings.nMels(), cacheDir, threads);
        sequences.skipped().forEach(s -> System.err.println("skipped " + s.file() + ": " + s.reason()));
        return of(sequences, Math.min(settings.steps(), sequences.minFrames()));
    }

    /**
     * Each segment of {@code sequences} averaged over {@code steps} equal blocks of consecutive frames
     * ({@link GridPool#mean} on a grid of frame indices): block {@code k} of a segment of {@code T} frames is frames
     * {@code [ceil(k T / steps), ceil((k + 1) T / steps))}.
     *
     * @throws StudyException if a segment has fewer frames than {@code steps}, or a track's segments are not
     *                        numbered {@code 0..n-1}
     */
    public static SegmentFrames of(LogMelSequences sequences, int steps) {
        IntColumn track = sequences.keys().intColumn(FeatureTables.TRACK_ID);
        IntColumn segment = sequences.keys().intColumn(FeatureTables.SEGMENT);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < track.size(); i++) {
            counts.merge(Integer.toString(track.getInt(i)), 1, Integer::sum);
        }
        Map<String, float[][][]> byTrack = new HashMap<>();
        counts.forEach((t, n) -> byTrack.put(t, new float[n][][]));
        for (int i = 0; i < track.size(); i++) {
            String t = Integer.toString(track.getInt(i));
            float[][][] segments = byTrack.get(t);
            int s = segment.getInt(i);
            if (s < 0 || s >= segments.length || segments[s] != null) {
                throw new StudyException("track " + t + " has " + segments.length + " segments, but segment " + s
                        + " is out of 0.." + (segments.length - 1) + " or repeated");
            }
            float[][] frames = sequences.sequences().get(i);
            if (frames.length < steps) {
                throw new StudyException("segment " + s + " of track " + t + " has " + frames.length
                        + " frames, fewer than the " + steps + " steps to pool them to");
            }
            segments[s] = pool(frames, steps);
        }
        return new SegmentFrames(byTrack, sequences.nMels(), steps);
    }

    /** {@code [frames][nMels]} as {@code [nMels][steps]}, the layout of {@code train.Examples.mapClasses}. */
    private static float[][] pool(float[][] frames, int steps) {
        double[] grid = new double[steps + 1];
        for (int k = 0; k <= steps; k++) {
            grid[k] = (double) k * frames.length / steps;
        }
        return transpose(GridPool.mean(transpose(frames), grid, 1, 1));
    }

    private static float[][] transpose(float[][] m) {
        float[][] t = new float[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** Mel bands per step. */
    public int nMels() {
        return nMels;
    }

    /** Steps per segment. */
    public int steps() {
        return steps;
    }

    /** Tracks with frames. */
    public int tracks() {
        return byTrack.size();
    }

    /**
     * The pooled frames of every row, {@code [rows][nMels][steps]} (shared arrays: do not write into them).
     *
     * @throws StudyException naming the row and its track if it is a SMOTE row, its track has no frames here, or
     *                        {@code rows} holds a different number of that track's rows than it has segments
     */
    public float[][][] of(Samples rows) {
        Map<String, Integer> held = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            held.merge(rows.group(i), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        float[][][] x = new float[rows.size()][][];
        for (int i = 0; i < rows.size(); i++) {
            String track = rows.group(i);
            if (Tracks.isSynthetic(track)) {
                throw new StudyException("row " + i + " is a SMOTE row (" + track + ") and has no audio frames; pass"
                        + " the real rows (Samples.realRows())");
            }
            float[][][] segments = byTrack.get(track);
            if (segments == null) {
                throw new StudyException("row " + i + ": track '" + track + "' has no log-mel frames here ("
                        + byTrack.size() + " tracks); were the frames built from another dataset or N?");
            }
            if (held.get(track) != segments.length) {
                throw new StudyException("row " + i + ": track '" + track + "' has " + held.get(track) + " rows here"
                        + " but " + segments.length + " segments; a part must hold every segment of its tracks in"
                        + " table order (the honest protocol's folds do, the published protocol's segment split"
                        + " does not)");
            }
            x[i] = segments[seen.merge(track, 1, Integer::sum) - 1];
        }
        return x;
    }
}
