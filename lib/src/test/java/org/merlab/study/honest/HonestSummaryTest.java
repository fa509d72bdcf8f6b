package org.merlab.study.honest;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.merlab.eval.CvScores;
import org.merlab.eval.Metric;
import org.merlab.eval.PairedComparison;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link HonestSummary}: its numbers are the cell's, its verdict follows the paired test. */
class HonestSummaryTest {

    @Test
    void theParagraphQuotesTheCellsNumbersAndItsVerdictFollowsThePairedTest() {
        HonestCell cell = HonestFixture.run();
        String text = HonestSummary.paragraph(cell);
        String reference = String.format(Locale.ROOT, "%.3f", HonestStudyTest.trackAccuracy(cell,
                HonestStudy.REFERENCE));
        String majority = String.format(Locale.ROOT, "%.3f", HonestStudyTest.trackAccuracy(cell, CvScores.MAJORITY));
        assertTrue(text.contains("by the 28-feature forest") && text.contains(reference) && text.contains(majority),
                text);
        PairedComparison best = cell.comparisons().stream().filter(c -> c.level().equals(CvScores.TRACK)
                        && c.metric() == Metric.ACCURACY)
                .max(java.util.Comparator.comparingDouble(PairedComparison::a)).orElseThrow();
        boolean confirmed = best.interval().low() > 0 && best.mcnemar().orElseThrow().pValue() < HonestSummary.ALPHA;
        assertTrue(text.contains(best.modelA()), text);
        assertTrue(text.contains(confirmed ? "the paired test confirms" : "the paired test does not confirm"), text);
        assertTrue(text.contains("No model beats") || text.contains("On balanced accuracy"), text);
        assertTrue(text.contains("GEMS_RIDGE-rich") && text.contains("Spearman"), text);
    }
}
