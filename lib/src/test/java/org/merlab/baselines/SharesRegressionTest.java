package org.merlab.baselines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.eval.CrossValidation;
import org.merlab.eval.CvUnit;
import org.merlab.eval.OutOfFold;
import org.merlab.eval.Probabilities;
import org.merlab.eval.ResultStore;
import org.merlab.prep.FoldOptions;
import org.merlab.prep.FoldSet;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.testing.SyntheticTracks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link SharesRegression} through the harness on tracks whose features reveal their class and whose shares favour
 * it: both regressors rank the class first, the raw predictions come back from the fold histories (also after a
 * result store), one value per track, and bad inputs are named.
 */
class SharesRegressionTest {

    private static final List<String> TARGETS = List.of("class0", "class1", "class2", "other");
    private static final Samples TABLE = SyntheticTracks.generate(new int[] {8, 8, 8}, 4, 5, 2.0, 0.3, 0.3, 7);

    @TempDir
    Path tmp;

    /** Own class 0.5 (plus a little per track), the others 0.2, the fourth target (no class) 0.1. */
    private static Map<String, double[]> shares() {
        Map<String, double[]> shares = new HashMap<>();
        for (int i = 0; i < TABLE.size(); i++) {
            double[] s = {0.2, 0.2, 0.2, 0.1};
            s[TABLE.label(i)] = 0.5 + 0.01 * (Integer.parseInt(TABLE.group(i).replaceAll("\\D", "")) % 5);
            shares.put(TABLE.group(i), s);
        }
        return shares;
    }

    private static FoldSet folds() {
        return Protocol.HONEST.folds(TABLE, FoldOptions.DEFAULT.withFolds(3), 11);
    }

    @Test
    void bothRegressorsRankTheTracksClassFirstAndKeepTheirRawShares() {
        for (SharesRegression.Model model : SharesRegression.Model.values()) {
            CvUnit unit = new CvUnit("test", 4, "GEMS_" + model.name(), 3, Map.of());
            OutOfFold oof = CrossValidation.run(folds(), unit, SharesRegression.learner(model, shares(), TARGETS));
            double[][] raw = SharesRegression.predicted(oof, TARGETS);
            assertEquals(oof.size(), raw.length);
            int right = 0;
            String[] tracks = oof.tracks();
            double[][] probabilities = oof.probabilities();
            for (int i = 0; i < raw.length; i++) {
                assertEquals(1.0, java.util.Arrays.stream(probabilities[i]).sum(), 1e-9);
                if (i > 0 && tracks[i].equals(tracks[i - 1])) {
                    assertArrayEquals(raw[i - 1], raw[i], "one prediction per track");
                }
                right += Probabilities.argmax(probabilities)[i] == oof.truth()[i] ? 1 : 0;
            }
            assertTrue(right > 0.8 * raw.length, model + ": " + right + " of " + raw.length);
        }
    }

    @Test
    void rawSharesComeBackFromAResultStore() {
        ResultStore store = ResultStore.open(tmp, "0123456789abcdef0123456789abcdef01234567", "sha256:test");
        CvUnit unit = new CvUnit("test", 4, "GEMS_RIDGE", 3, Map.of());
        var learner = SharesRegression.learner(SharesRegression.Model.RIDGE, shares(), TARGETS);
        OutOfFold fitted = CrossValidation.run(folds(), unit, learner, store);
        OutOfFold restored = CrossValidation.run(folds(), unit, (train, validation, seed) -> {
            throw new AssertionError("every fold is stored");
        }, store);
        assertArrayEquals(SharesRegression.predicted(fitted, TARGETS), SharesRegression.predicted(restored, TARGETS));
    }

    @Test
    void namesAMissingTrackAClassOutsideTheTargetsAndAModelWithoutShares() {
        Map<String, double[]> partial = shares();
        partial.remove(TABLE.group(0));
        CvUnit unit = new CvUnit("test", 4, "GEMS_RIDGE", 3, Map.of());
        BaselineException missing = assertThrows(BaselineException.class, () -> CrossValidation.run(folds(), unit,
                SharesRegression.learner(SharesRegression.Model.RIDGE, partial, TARGETS)));
        assertTrue(missing.getMessage().contains(TABLE.group(0)), missing.getMessage());

        BaselineException outside = assertThrows(BaselineException.class, () -> CrossValidation.run(folds(), unit,
                SharesRegression.learner(SharesRegression.Model.RIDGE, shares(), List.of("class0", "class1"))));
        assertTrue(outside.getMessage().contains("class2"), outside.getMessage());

        OutOfFold forest = CrossValidation.run(folds(), new CvUnit("test", 4, "RF", 3, Map.of()),
                Baselines.learner(Baseline.LOGISTIC_REGRESSION));
        assertThrows(BaselineException.class, () -> SharesRegression.predicted(forest, TARGETS));
    }
}
