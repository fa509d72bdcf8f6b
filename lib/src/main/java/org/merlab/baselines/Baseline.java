package org.merlab.baselines;

/**
 * The classical models, each with fixed, stated hyper-parameters: the random forest and the RBF SVM those of
 * scikit-learn 1.2's {@code RandomForestClassifier()} and {@code SVC()} (checked against it by BaselineTest), the
 * others Smile's. All five give class scores that sum to 1 (none falls back to a one-hot of the prediction);
 * {@link #posteriors()} says where each comes from. Inputs are standardised rows.
 */
public enum Baseline {

    RANDOM_FOREST("scikit-learn RandomForestClassifier() defaults: 100 trees, Gini, floor(sqrt(p)) features per "
            + "split, bootstrap of n rows (Smile draws it per class), no depth or leaf-count limit, leaves of 1 row "
            + "(grown until pure); per-tree seeds drawn from the seed",
            "mean of the trees' leaf class frequencies (scikit-learn's predict_proba)") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.randomForest(x, y, 100, seed);
        }
    },

    SVM_RBF("scikit-learn SVC() defaults: one-vs-one SVMs, RBF kernel exp(-gamma |x - x'|^2) with gamma 'scale' "
            + "= 1/(p * variance of every entry of the training rows), C 1, tolerance 1e-3 (Smile LASVM, 3 epochs: "
            + "1 stops short of libsvm's solution)",
            "share of the one-vs-one votes each class wins (argmax = SVC().predict, ties to the lower class)") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.svm(x, y, SmileFits.scaleGamma(x), 1.0, 3);
        }
    },

    KNN("k 5, Euclidean distance", "share of the 5 neighbours in each class (multiples of 1/5)") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.knn(x, y, 5);
        }
    },

    LOGISTIC_REGRESSION("multinomial (binomial for 2 classes), L2 lambda 0.1, L-BFGS tolerance 1e-5, 500 iterations",
            "softmax of the linear scores") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.logisticRegression(x, y, 0.1);
        }
    },

    GRADIENT_TREE_BOOST("200 iterations of one regression tree per class, maxDepth 20, maxNodes 6, nodeSize 5, "
            + "shrinkage 0.05, subsample 0.7",
            "softmax of the boosted class scores (Smile GradientTreeBoost)") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.gradientTreeBoost(x, y, 200);
        }
    };

    private final String hyperParameters;
    private final String posteriors;

    Baseline(String hyperParameters, String posteriors) {
        this.hyperParameters = hyperParameters;
        this.posteriors = posteriors;
    }

    public String hyperParameters() {
        return hyperParameters;
    }

    /** Where the class probabilities come from. */
    public String posteriors() {
        return posteriors;
    }

    /**
     * Fits on rows {@code x[n][p]} with dense labels {@code y[n]} in {@code 0..k-1}, every class present.
     * Smile's per-thread random state must already be seeded ({@link Baselines} does it).
     */
    abstract Posterior fit(double[][] x, int[] y, long seed);
}
