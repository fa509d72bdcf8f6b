package org.merlab.study.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.merlab.eval.CrossValidation;
import org.merlab.eval.Fitted;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.Probabilities;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
import org.merlab.study.StudyException;

class SequenceLearnerTest {

    /** 30 tracks of 2 segments, 10 per class. */
    private static final SequenceToys TOYS = SequenceToys.separable(30, 2, 3);
    private static final FoldSet FOLDS = Protocol.HONEST.folds(TOYS.table, FoldOptions.DEFAULT.withFolds(3), 5);

    @ParameterizedTest
    @EnumSource(SequenceModel.class)
    void learnsASeparableTaskAboveChanceWithProbabilitiesThatSumToOne(SequenceModel model) {
        Split fold = FOLDS.prepared(0);
        var learner = new SequenceLearner(model, TOYS.frames(), SequenceToys.SETTINGS, stats -> { });
        Fitted fitted = learner.fit(fold.train(), fold.validation(), 11);
        double[][] p = fitted.probabilities(fold.test());
        assertEquals(fold.test().size(), p.length);
        for (double[] row : p) {
            assertEquals(SequenceToys.CLASSES, row.length);
            assertEquals(1.0, row[0] + row[1] + row[2], 1e-5);
        }
        long correct = IntStream.range(0, p.length).filter(i -> Probabilities.argmax(p[i]) == fold.test().label(i)).count();
        assertTrue(correct > 0.6 * p.length, model + ": " + correct + " of " + p.length + " test segments right");
        assertTrue(fitted.history().get("loss").length >= 1);
    }

    @Test
    void runsThroughTheCrossValidationHarness() {
        var learner = SegmentSequenceLearners.all(TOYS.frames(), SequenceToys.SETTINGS.withEpochs(2), stats -> { })
                .getFirst();
        OutOfFold pooled = CrossValidation.run(FOLDS, learner.unit("honest", 2, 1), learner);
        assertEquals(TOYS.table.size(), pooled.truth().length);
        assertEquals("logmel-lstm", learner.name());
    }

    @Test
    void needsAnInnerValidationPart() {
        var learner = new SequenceLearner(SequenceModel.LSTM, TOYS.frames(), SequenceToys.SETTINGS, stats -> { });
        Samples none = TOYS.table.subset(new int[0]);
        var e = assertThrows(StudyException.class, () -> learner.fit(TOYS.table, none, 1));
        assertTrue(e.getMessage().startsWith("logmel-lstm needs an inner validation part"), e.getMessage());
    }

    @Test
    void settingsMustDescribeTheFrames() {
        var e = assertThrows(StudyException.class, () -> new SequenceLearner(SequenceModel.CRNN, TOYS.frames(),
                SequenceSettings.DEFAULT, stats -> { }));
        assertEquals("the frames have 6 bands x 8 steps but the settings say 64 x 64", e.getMessage());
    }
}
