package org.merlab.study.text;

import java.util.List;
import java.util.Locale;

import org.merlab.eval.Interval;
import org.merlab.eval.McNemar;
import org.merlab.eval.Metric;

/** The closing comparison in words, written from the measured numbers (nothing in it is typed in by hand). */
public final class TextSummary {

    private TextSummary() {
    }

    /**
     * A paragraph: each model's accuracy and macro-F1 with intervals, surprise's F1 with its interval, and McNemar's
     * test of each network against the first run (the baseline) and of the two networks.
     *
     * @param runs the baseline first, then the networks
     */
    public static String paragraph(List<TextRun> runs, boolean standIn) {
        StringBuilder s = new StringBuilder();
        if (standIn) {
            s.append("GENERATED STAND-IN, not the corpus: these numbers only show that the pipeline runs. ");
        }
        for (TextRun r : runs) {
            s.append(String.format(Locale.ROOT, "%s: accuracy %.3f %s, macro-F1 %.3f %s, surprise F1 %.3f %s "
                            + "(%d test texts). ", r.label(), r.evaluation().accuracy(),
                    ci(r.evaluation().confidence().get(Metric.ACCURACY)), r.evaluation().macroF1(),
                    ci(r.evaluation().confidence().get(Metric.MACRO_F1)), r.evaluation().perClass().getLast().f1(),
                    r.f1Intervals().isEmpty() ? "" : ci(r.f1Intervals().getLast()),
                    r.evaluation().perClass().getLast().support()));
        }
        for (int i = 1; i < runs.size(); i++) {
            for (int j = 0; j < i; j++) {
                s.append(versus(runs.get(i), runs.get(j)));
            }
        }
        return s.toString().strip();
    }

    private static String versus(TextRun a, TextRun b) {
        McNemar test = McNemar.of(TextTables.right(a), TextTables.right(b));
        double diff = a.evaluation().accuracy() - b.evaluation().accuracy();
        String verdict = test.pValue() < 0.05 ? (diff > 0 ? "better" : "worse") + " at the 5% level"
                : "not distinguishable at the 5% level";
        return String.format(Locale.ROOT, "%s vs %s: %+.3f accuracy, %d vs %d texts only one got right, McNemar p = "
                + "%.3g, %s. ", a.label(), b.label(), diff, test.onlyA(), test.onlyB(), test.pValue(), verdict);
    }

    private static String ci(Interval interval) {
        return interval == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]", interval.low(), interval.high());
    }
}
