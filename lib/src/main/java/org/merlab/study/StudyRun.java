package org.merlab.study;

import java.util.List;
import java.util.Locale;

import org.merlab.baselines.BaselineResult;
import org.merlab.eval.Evaluation;
import org.merlab.prep.LeakageStats;
import org.merlab.prep.Protocol;
import org.merlab.train.EpochStats;
import org.merlab.train.History;

/**
 * One cell of the study: N segments per track under one protocol.
 *
 * @param segments     N
 * @param protocol     how the table was split
 * @param classes      class names, the index order of every count and matrix
 * @param counts       class counts of the split's parts (before and after SMOTE)
 * @param leakage      test rows that share a track with training
 * @param history      the CNN-LSTM's per-epoch training record
 * @param segmentLevel the CNN-LSTM on every test row, as the paper scored it (for {@link Protocol#PUBLISHED} that
 *                     includes SMOTE rows); intervals resample tracks, each SMOTE row counting as its own
 * @param realRows     the CNN-LSTM on the real test segments only, with its track-level evaluation (mean segment
 *                     probabilities per track); the same as {@code segmentLevel} when the test part has no SMOTE rows
 * @param baselines    the Smile baselines on the same split (all test rows), empty if they were off
 */
public record StudyRun(int segments, Protocol protocol, List<String> classes, ClassCounts counts, LeakageStats leakage,
                       History history, Evaluation segmentLevel, Evaluation realRows, List<BaselineResult> baselines) {

    public StudyRun {
        classes = List.copyOf(classes);
        baselines = List.copyOf(baselines);
        if (realRows.trackLevel().isEmpty()) {
            throw new StudyException("the real-row evaluation of N=" + segments + " " + protocol
                    + " needs track ids for its track level");
        }
    }

    /** The CNN-LSTM's track-level evaluation over the real test tracks. */
    public Evaluation trackLevel() {
        return realRows.trackLevel().orElseThrow();
    }

    /** Mean wall-clock seconds of one epoch's parameter updates (evaluation passes excluded). */
    public double secondsPerEpoch() {
        return history.epochs().stream().mapToDouble(EpochStats::trainSeconds).average().orElse(Double.NaN);
    }

    /** Stable lowercase tag for report names, e.g. {@code n20-published}. */
    public String tag() {
        return "n" + segments + "-" + protocolName(protocol);
    }

    /** Lowercase protocol name, as tables and report names print it. */
    public static String protocolName(Protocol protocol) {
        return protocol.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "N=%d %s: segments %s; tracks %s; %d epochs (best %d), %.1f s/epoch; %s",
                segments, protocol, segmentLevel.summary(), trackLevel().summary(), history.epochs().size(),
                history.bestEpoch(), secondsPerEpoch(), leakage);
    }
}
