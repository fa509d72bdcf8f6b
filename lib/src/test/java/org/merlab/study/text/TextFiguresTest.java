package org.merlab.study.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.merlab.notebook.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFiguresTest {

    @TempDir
    java.nio.file.Path repo;

    @Test
    void everyFigureDrawsAndNamesItsModel() {
        var test = TextRuns.test(60);
        var lstm = TextRuns.run("lstm", test, 0.8, true, 1);
        var baseline = TextRuns.run("tfidf", test, 0.6, false, 2);
        for (var chart : List.of(TextFigures.loss(lstm), TextFigures.accuracy(lstm), TextFigures.roc(lstm))) {
            assertTrue(chart.getTitle().startsWith("LSTM: "), chart.getTitle());
            assertTrue(BitmapEncoder.getBufferedImage(chart).getWidth() > 0);
        }
        assertTrue(TextFigures.pr(baseline).getTitle().startsWith("TFIDF: precision-recall"));
        assertTrue(TextFigures.confusion(lstm).getTitle().startsWith("LSTM: normalised confusion"));
        assertEquals(2, TextFigures.f1PerClass(List.of(baseline, lstm)).getSeriesCollection().size());
        assertThrows(java.util.NoSuchElementException.class, () -> TextFigures.loss(baseline),
                "the baseline has no training curves");
        var choice = TextCorpusChoice.choose(Map.of(), repo, true);
        assertEquals(3, TextFigures.labelBalance(choice).getSeriesCollection().size());
        var study = TextStudy.prepare(choice, TextStudyOptions.from(Params.from(Map.of("MERLAB_SMOKE", "1"))));
        assertTrue(TextFigures.lengths(study).getTitle().contains("max length " + study.encoder().maxLength()));
    }
}
