package org.merlab.study;

import java.util.List;

import org.merlab.prep.Protocol;

/**
 * Every cell of a {@link PaperStudy}, in run order (segment counts, then protocols).
 *
 * @param options what was run
 * @param runs    one per N x protocol, the paper-shaped single split
 * @param cv      one per N x protocol, cross-validated; empty when the options ask for no folds
 */
public record StudyResult(StudyOptions options, List<StudyRun> runs, List<CvRun> cv) {

    public StudyResult {
        runs = List.copyOf(runs);
        cv = List.copyOf(cv);
    }

    /** The run for N segments under {@code protocol}. */
    public StudyRun run(int segments, Protocol protocol) {
        return runs.stream().filter(r -> r.segments() == segments && r.protocol() == protocol).findFirst()
                .orElseThrow(() -> new StudyException("no run for N=" + segments + " " + protocol + "; ran "
                        + runs.stream().map(StudyRun::tag).toList()));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("StudyResult, seed ").append(options.seed()).append('\n');
        runs.forEach(r -> s.append(r).append('\n'));
        return s.toString();
    }
}
