package org.merlab.study;

import org.merlab.eval.Evaluation;
import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;

/**
 * The facts a study's notebook claims ({@link Facts}), named the same in every notebook that has them:
 * <ul>
 *   <li>{@code leakage.<N>.<protocol>.<column>}: each column of {@link StudyTables#leakage}, e.g.
 *       {@code leakage.20.honest.leakedShare};</li>
 *   <li>{@code accuracy.<N>.<protocol>.<level>} and {@code macroF1.<N>.<protocol>.<level>} of the CNN-LSTM, level
 *       {@code segment} (every test row), {@code segment-real} (real test rows, published protocol only) and
 *       {@code track};</li>
 *   <li>{@code baselines.<model>.<N>.<protocol>.<column>}: each number of {@link StudyTables#baselines};</li>
 *   <li>when cross-validated, {@code cv-leakage.<N>.<protocol>.<fold>.<column>} of {@link StudyTables#cvLeakage}
 *       and {@code cv.<N>.<protocol>.<model>.<level>.<column>} of {@link StudyTables#cvScores}, e.g.
 *       {@code cv.20.honest.cnn-lstm.track.accuracy}.</li>
 * </ul>
 */
public final class StudyFacts {

    private StudyFacts() {
    }

    /** The facts of {@code result}, run with {@code params}. */
    public static Facts of(Params params, StudyResult result) {
        Facts facts = Facts.of(params).table("leakage", StudyTables.leakage(result), "segments", "protocol");
        for (StudyRun run : result.runs()) {
            String cell = run.segments() + "." + StudyRun.protocolName(run.protocol()) + ".";
            put(facts, cell + "segment", run.segmentLevel());
            if (run.realRows() != run.segmentLevel()) {
                put(facts, cell + "segment-real", run.realRows());
            }
            put(facts, cell + "track", run.trackLevel());
        }
        facts.table("baselines", StudyTables.baselines(result), "model", "segments", "protocol");
        if (!result.cv().isEmpty()) {
            facts.table("cv-leakage", StudyTables.cvLeakage(result), "segments", "protocol", "fold")
                    .table("cv", StudyTables.cvScores(result), "segments", "protocol", "model", "level");
        }
        return facts;
    }

    private static void put(Facts facts, String name, Evaluation evaluation) {
        facts.put("accuracy." + name, evaluation.accuracy());
        facts.put("macroF1." + name, evaluation.macroF1());
    }
}
