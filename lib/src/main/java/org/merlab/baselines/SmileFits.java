package org.merlab.baselines;

import smile.classification.Classifier;
import smile.classification.GradientTreeBoost;
import smile.classification.KNN;
import smile.classification.LogisticRegression;
import smile.classification.OneVersusOne;
import smile.classification.PlattScaling;
import smile.classification.RandomForest;
import smile.classification.SVM;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.math.kernel.GaussianKernel;
import smile.model.cart.SplitRule;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Smile 6.2.5 calls behind each {@link Baseline}. Labels arrive dense ({@code 0..k-1}, every class present) so
 * Smile's posterior arrays line up with them. Smile draws randomness from {@code MathEx}'s per-thread generator,
 * which the caller seeds; the random forest gets explicit per-tree seeds because it grows trees in parallel.
 */
final class SmileFits {

    private static final String RESPONSE = "y";

    private SmileFits() {
    }

    static Posterior randomForest(double[][] x, int[] y, int trees, long seed) {
        long[] seeds = new SplittableRandom(seed).longs(trees).toArray();
        // mtry 0 = floor(sqrt(p)); maxNodes 0 = max(2, n / 5) in Smile
        RandomForest.Options options = new RandomForest.Options(trees, 0, SplitRule.GINI, 20, 0, 5, 1.0, null, seeds,
                null);
        RandomForest model = RandomForest.fit(Formula.lhs(RESPONSE), frame(x, y), options);
        return rows -> soft(model, tuples(rows), y);
    }

    static Posterior gradientTreeBoost(double[][] x, int[] y, int trees) {
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs(RESPONSE), frame(x, y),
                new GradientTreeBoost.Options(trees, 20, 6, 5, 0.05, 0.7, null, null));
        return rows -> soft(model, tuples(rows), y);
    }

    static Posterior logisticRegression(double[][] x, int[] y, double lambda) {
        LogisticRegression model = LogisticRegression.fit(x, y, new LogisticRegression.Options(lambda, 1e-5, 500));
        return rows -> soft(model, rows, y);
    }

    static Posterior knn(double[][] x, int[] y, int k) {
        KNN<double[]> model = KNN.fit(x, y, k);
        return rows -> soft(model, rows, y);
    }

    /**
     * One-vs-one RBF SVMs with Platt-scaled scores, coupled pairwise into posteriors by Smile's
     * {@link OneVersusOne}. The pairs are fitted here, in order on the calling thread, because
     * {@code OneVersusOne.fit} fits them in parallel on pool threads whose random state nobody seeded.
     * Layout as Smile's: {@code machines[i][j]}, {@code j < i}, separates class i (+1) from class j (-1).
     */
    static Posterior svm(double[][] x, int[] y, double sigma, double c) {
        int k = numClasses(y);
        @SuppressWarnings("unchecked")
        Classifier<double[]>[][] machines = new Classifier[k][];
        PlattScaling[][] platt = new PlattScaling[k][];
        for (int i = 1; i < k; i++) {
            machines[i] = new Classifier[i];
            platt[i] = new PlattScaling[i];
            for (int j = 0; j < i; j++) {
                List<double[]> px = new ArrayList<>();
                List<Integer> py = new ArrayList<>();
                for (int r = 0; r < y.length; r++) {
                    if (y[r] == i || y[r] == j) {
                        px.add(x[r]);
                        py.add(y[r] == i ? 1 : -1);
                    }
                }
                double[][] pairX = px.toArray(double[][]::new);
                int[] pairY = py.stream().mapToInt(Integer::intValue).toArray();
                SVM<double[]> machine = SVM.fit(pairX, pairY, new GaussianKernel(sigma), new SVM.Options(c));
                machines[i][j] = machine;
                platt[i][j] = PlattScaling.fit(machine, pairX, pairY);
            }
        }
        OneVersusOne<double[]> model = new OneVersusOne<>(machines, platt);
        return rows -> soft(model, rows, y);
    }

    private static <T> double[][] soft(Classifier<T> model, T[] rows, int[] y) {
        double[][] posteriors = new double[rows.length][numClasses(y)];
        for (int i = 0; i < rows.length; i++) {
            model.predict(rows[i], posteriors[i]);
        }
        return posteriors;
    }

    static int numClasses(int[] y) {
        int max = 0;
        for (int label : y) {
            max = Math.max(max, label);
        }
        return max + 1;
    }

    private static DataFrame frame(double[][] x, int[] y) {
        return DataFrame.of(x, names(x[0].length)).add(new IntVector(RESPONSE, y));
    }

    private static Tuple[] tuples(double[][] rows) {
        DataFrame frame = DataFrame.of(rows, names(rows[0].length));
        Tuple[] tuples = new Tuple[rows.length];
        for (int i = 0; i < rows.length; i++) {
            tuples[i] = frame.get(i);
        }
        return tuples;
    }

    private static String[] names(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "f" + j;
        }
        return names;
    }
}
