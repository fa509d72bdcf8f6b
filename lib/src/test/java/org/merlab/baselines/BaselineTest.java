package org.merlab.baselines;

import org.junit.jupiter.api.Test;
import org.merlab.eval.Probabilities;
import org.merlab.prep.StandardScaler;
import smile.math.MathEx;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The random forest and the RBF SVM against scikit-learn 1.2.1's defaults on its own fixture. */
class BaselineTest {

    private static final SklearnFixture SKLEARN = SklearnFixture.load();

    /**
     * {@code SVC()}: the same gamma ('scale'), C and solution give the same one-vs-one votes on nearly every test
     * row, on unscaled features (where gamma 1/p would not do) and on standardised ones, as the baselines get them.
     */
    @Test
    void rbfSvmPredictsAsScikitLearnsSvc() {
        StandardScaler scaler = StandardScaler.fit(SKLEARN.trainX());
        assertSvcAgreement("unscaled", SKLEARN.trainX(), SKLEARN.testX(), SKLEARN.svcPredicted(),
                SKLEARN.svcAccuracy());
        assertSvcAgreement("standardised", scaler.transform(SKLEARN.trainX()), scaler.transform(SKLEARN.testX()),
                SKLEARN.svcStandardisedPredicted(), SKLEARN.svcStandardisedAccuracy());
    }

    private static void assertSvcAgreement(String rows, double[][] trainX, double[][] testX, int[] reference,
                                           double referenceAccuracy) {
        MathEx.setSeed(42);
        int[] predicted = Probabilities.argmax(Baseline.SVM_RBF.fit(trainX, SKLEARN.trainY(), 42).probabilities(testX));
        double agreement = SklearnFixture.agreement(predicted, reference);
        System.out.printf("SVM_RBF, %s rows: agrees with SVC() on %.3f of test rows; accuracy %.3f, SVC() %.3f%n",
                rows, agreement, SklearnFixture.agreement(predicted, SKLEARN.testY()), referenceAccuracy);
        assertTrue(agreement >= 0.98, rows + " rows: agreement with SVC() " + agreement);
    }

    /**
     * {@code RandomForestClassifier()} grows every tree to pure leaves; recognising a test row's cluster needs one
     * leaf per cluster of 4 training rows, which depth, leaf-count and leaf-size limits forbid. The forest is random,
     * so its accuracy is compared with the mean of scikit-learn's over 10 seeds (they spread over 0.765-0.81).
     */
    @Test
    void randomForestScoresAsScikitLearnsForest() {
        double reference = Arrays.stream(SKLEARN.forestAccuracies()).average().orElseThrow();
        for (long seed : new long[] {1, 42}) {
            int[] predicted = Probabilities.argmax(fit(Baseline.RANDOM_FOREST, seed).probabilities(SKLEARN.testX()));
            double accuracy = SklearnFixture.agreement(predicted, SKLEARN.testY());
            System.out.printf("RANDOM_FOREST seed %d: accuracy %.3f, RandomForestClassifier() mean %.3f%n", seed,
                    accuracy, reference);
            assertEquals(reference, accuracy, 0.04, "seed " + seed);
        }
    }

    private static Posterior fit(Baseline model, long seed) {
        MathEx.setSeed(seed);
        return model.fit(SKLEARN.trainX(), SKLEARN.trainY(), seed);
    }
}
