package org.merlab.data;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.merlab.testing.Shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextEmotionDefectsTest {

    private static TextExample ex(int line, String text, TextEmotion label) {
        return new TextExample(line, text, label);
    }

    @Test
    void findsTestTextsInTrainingAndConflictingLabels() {
        var corpus = new TextEmotionCorpus(
                List.of(ex(1, "a", TextEmotion.JOY), ex(2, "b", TextEmotion.SADNESS), ex(3, "b", TextEmotion.SADNESS)),
                List.of(ex(1, "c", TextEmotion.FEAR)),
                List.of(ex(1, "a", TextEmotion.LOVE), ex(2, "c", TextEmotion.FEAR), ex(3, "d", TextEmotion.JOY)));
        var defects = TextEmotionDefects.of(corpus);
        assertEquals(3, defects.duplicates().size());
        var a = defects.duplicates().get(0);
        assertTrue(a.conflicting());
        assertTrue(a.testInTrain());
        assertEquals("train:1 joy; test:1 love", defects.table().stringColumn("occurrences").get(0));
        assertFalse(defects.duplicates().get(1).conflicting(), "b twice in train, same label");
        assertFalse(defects.duplicates().get(2).testInTrain(), "c in val and test");
        assertEquals(Set.of(1), defects.testLinesInTrain());
        assertEquals(List.of(3, 1, 1, 1), defects.summary().intColumn("count").asList());
    }

    @Test
    void theRealCorpusHasElevenTestTextsInTraining() {
        var dir = Shared.path("datasets/text-emotion");
        var defects = TextEmotionDefects.of(TextEmotionCorpus.load(dir));
        // counted with sort/comm/awk on the files: 52 duplicated texts, 51 with conflicting labels, 11 test texts in train
        assertEquals(52, defects.duplicates().size());
        assertEquals(51, defects.duplicates().stream().filter(TextEmotionDefects.Duplicate::conflicting).count());
        assertEquals(11, defects.testLinesInTrain().size());
    }
}
