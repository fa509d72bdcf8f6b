package org.merlab.baselines;

import smile.classification.Classifier;
import smile.classification.DecisionTree;
import smile.classification.GradientTreeBoost;
import smile.classification.KNN;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.classification.SVM;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.math.kernel.GaussianKernel;
import smile.model.cart.DecisionNode;
import smile.model.cart.SplitRule;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * scikit-learn's {@code RandomForestClassifier()}: Gini, {@code floor(sqrt(p))} features per split, a bootstrap
     * sample of n rows per tree, trees grown until their leaves are pure (no depth or leaf-count limit, leaves of one
     * row). Smile's own defaults stop far earlier (maxDepth 20, max(2, n/5) leaves, leaves of 5). Posteriors are
     * scikit-learn's too: the plain mean of the trees' leaf class frequencies, where Smile's would weight each tree
     * by its out-of-bag accuracy and add one to every leaf count.
     */
    static Posterior randomForest(double[][] x, int[] y, int trees, long seed) {
        long[] seeds = new SplittableRandom(seed).longs(trees).toArray();
        // mtry 0 = floor(sqrt(p)); maxNodes Integer.MAX_VALUE = no leaf limit (Smile then splits depth-first)
        RandomForest.Options options = new RandomForest.Options(trees, 0, SplitRule.GINI, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 1, 1.0, null, seeds, null);
        RandomForest model = RandomForest.fit(Formula.lhs(RESPONSE), frame(x, y), options);
        return rows -> meanLeafFrequencies(model, tuples(rows), numClasses(y));
    }

    private static double[][] meanLeafFrequencies(RandomForest model, Tuple[] rows, int k) {
        DecisionTree[] trees = model.trees();
        double[][] posteriors = new double[rows.length][k];
        for (int i = 0; i < rows.length; i++) {
            Tuple predictors = model.formula().x(rows[i]);
            for (DecisionTree tree : trees) {
                int[] count = ((DecisionNode) tree.root().predict(predictors)).count();
                double size = Arrays.stream(count).sum();
                for (int c = 0; c < k; c++) {
                    posteriors[i][c] += count[c] / size;
                }
            }
            // divided once at the end, so a class every tree gives 1 gets exactly 1
            for (int c = 0; c < k; c++) {
                posteriors[i][c] /= trees.length;
            }
        }
        return posteriors;
    }

    /**
     * scikit-learn's {@code RandomForestRegressor()}: squared error, every feature tried at each split
     * ({@code max_features=1.0}), a bootstrap sample of n rows per tree, grown until leaves hold one row; prediction
     * the mean of the trees'. Per-tree seeds drawn from {@code seed}.
     *
     * @return the fitted forest's prediction for each of some rows
     */
    static java.util.function.Function<double[][], double[]> randomForestRegression(double[][] x, double[] y,
                                                                                    int trees, long seed) {
        long[] seeds = new SplittableRandom(seed).longs(trees).toArray();
        smile.regression.RandomForest.Options options = new smile.regression.RandomForest.Options(trees,
                x[0].length, Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1.0, seeds, null);
        DataFrame frame = DataFrame.of(x, names(x[0].length)).add(new DoubleVector(RESPONSE, y));
        smile.regression.RandomForest model = smile.regression.RandomForest.fit(Formula.lhs(RESPONSE), frame, options);
        return rows -> Arrays.stream(tuples(rows)).mapToDouble(model::predict).toArray();
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
     * scikit-learn's {@code SVC()}: one RBF SVM per pair of classes, each pair's decision a vote, posteriors the share
     * of the k(k-1)/2 votes each class wins, so their argmax (ties to the lower class) is {@code SVC().predict}. The
     * pairs are fitted here, in order on the calling thread, because Smile's {@code OneVersusOne.fit} fits them in
     * parallel on pool threads whose random state nobody seeded. {@code machines[i][j]}, {@code j < i}, separates
     * class i (+1) from class j (-1); a score of 0 votes for i, as libsvm gives a zero decision to the higher class.
     */
    static Posterior svm(double[][] x, int[] y, double gamma, double c, int epochs) {
        // Smile's Gaussian kernel is exp(-|x - x'|^2 / (2 sigma^2))
        GaussianKernel kernel = new GaussianKernel(Math.sqrt(1 / (2 * gamma)));
        int k = numClasses(y);
        @SuppressWarnings("unchecked")
        SVM<double[]>[][] machines = new SVM[k][];
        for (int i = 1; i < k; i++) {
            machines[i] = new SVM[i];
            for (int j = 0; j < i; j++) {
                List<double[]> px = new ArrayList<>();
                List<Integer> py = new ArrayList<>();
                for (int r = 0; r < y.length; r++) {
                    if (y[r] == i || y[r] == j) {
                        px.add(x[r]);
                        py.add(y[r] == i ? 1 : -1);
                    }
                }
                machines[i][j] = SVM.fit(px.toArray(double[][]::new), py.stream().mapToInt(Integer::intValue).toArray(),
                        kernel, new SVM.Options(c, 1e-3, epochs));
            }
        }
        double pairs = k * (k - 1) / 2.0;
        return rows -> {
            double[][] shares = new double[rows.length][k];
            for (int r = 0; r < rows.length; r++) {
                for (int i = 1; i < k; i++) {
                    for (int j = 0; j < i; j++) {
                        shares[r][machines[i][j].score(rows[r]) >= 0 ? i : j]++;
                    }
                }
                for (int q = 0; q < k; q++) {
                    shares[r][q] /= pairs;
                }
            }
            return shares;
        };
    }

    /**
     * scikit-learn's {@code gamma='scale'}: {@code 1 / (p * X.var())}, the variance over every entry of
     * {@code x[n][p]} (1 on standardised rows without constant features); 1 when that variance is 0, as there.
     */
    static double scaleGamma(double[][] x) {
        double[] entries = Arrays.stream(x).flatMapToDouble(Arrays::stream).toArray();
        double mean = Arrays.stream(entries).average().orElseThrow();
        double variance = Arrays.stream(entries).map(v -> (v - mean) * (v - mean)).sum() / entries.length;
        return variance == 0 ? 1 : 1 / (x[0].length * variance);
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
