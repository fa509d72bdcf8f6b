package org.merlab.baselines;

/**
 * The classical models, each with fixed, stated hyper-parameters. All five give class posteriors (none falls back
 * to a one-hot of the prediction); {@link #posteriors()} says where each comes from. Inputs are standardised rows.
 */
public enum Baseline {

    RANDOM_FOREST("200 trees, Gini, mtry floor(sqrt(p)), maxDepth 20, maxNodes max(2, n/5), nodeSize 5, "
            + "sampling rate 1.0, per-tree seeds drawn from the seed",
            "mean of the trees' leaf class frequencies (Smile RandomForest soft vote)") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.randomForest(x, y, 200, seed);
        }
    },

    SVM_RBF("one-vs-one SVMs (LASVM), RBF kernel exp(-gamma |x - x'|^2) with gamma = 1/p (sigma = sqrt(p/2)), C 1, "
            + "tolerance 1e-3, 1 epoch",
            "Platt-scaled pairwise scores coupled into class posteriors (Wu, Lin & Weng 2004; Smile OneVersusOne)") {
        @Override
        Posterior fit(double[][] x, int[] y, long seed) {
            return SmileFits.svm(x, y, Math.sqrt(x[0].length / 2.0), 1.0);
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
