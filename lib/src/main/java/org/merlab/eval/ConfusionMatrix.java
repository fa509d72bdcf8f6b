package org.merlab.eval;

/**
 * Counts {@code counts[true][predicted]}, {@code [classes][classes]}, as scikit-learn's {@code confusion_matrix},
 * and the metrics that follow from it. Where a ratio has a zero denominator it is 0, as scikit-learn's
 * {@code zero_division=0}.
 */
public record ConfusionMatrix(int[][] counts) {

    public ConfusionMatrix {
        int k = counts.length;
        int[][] copy = new int[k][];
        for (int i = 0; i < k; i++) {
            if (counts[i].length != k) {
                throw new EvalException("confusion matrix row " + i + " has " + counts[i].length + " entries, expected "
                        + k);
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** The confusion matrix of {@code predicted} against {@code truth}, both class indices in {@code [0, k)}. */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int numClasses) {
        if (truth.length != predicted.length) {
            throw new EvalException("truth has " + truth.length + " labels but predicted has " + predicted.length);
        }
        int[][] counts = new int[numClasses][numClasses];
        for (int i = 0; i < truth.length; i++) {
            checkLabel("truth", i, truth[i], numClasses);
            checkLabel("predicted", i, predicted[i], numClasses);
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    static void checkLabel(String what, int row, int label, int numClasses) {
        if (label < 0 || label >= numClasses) {
            throw new EvalException(what + " label " + label + " at row " + row + " is not a class index in [0, "
                    + numClasses + ")");
        }
    }

    @Override
    public int[][] counts() {
        return new ConfusionMatrix(counts).counts;
    }

    public int numClasses() {
        return counts.length;
    }

    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int v : row) {
                total += v;
            }
        }
        return total;
    }

    /** Each row divided by its sum (recall on the diagonal); an empty row stays 0. */
    public double[][] rowNormalized() {
        double[][] normalized = new double[counts.length][counts.length];
        for (int t = 0; t < counts.length; t++) {
            int support = support(t);
            for (int p = 0; p < counts.length && support > 0; p++) {
                normalized[t][p] = counts[t][p] / (double) support;
            }
        }
        return normalized;
    }

    /** True rows of class {@code c}. */
    public int support(int c) {
        int sum = 0;
        for (int v : counts[c]) {
            sum += v;
        }
        return sum;
    }

    /** Rows predicted as class {@code c}. */
    public int predictedCount(int c) {
        int sum = 0;
        for (int[] row : counts) {
            sum += row[c];
        }
        return sum;
    }

    /** {@code trace / total}. */
    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < counts.length; c++) {
            correct += counts[c][c];
        }
        return ratio(correct, total());
    }

    /**
     * Mean recall over the classes that have true rows, as scikit-learn's {@code balanced_accuracy_score} (which
     * leaves out a class without support); 0 without rows.
     */
    public double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < counts.length; c++) {
            if (support(c) > 0) {
                sum += recall(c);
                present++;
            }
        }
        return ratio(sum, present);
    }

    /** {@code TP / (TP + FP)}. */
    public double precision(int c) {
        return ratio(counts[c][c], predictedCount(c));
    }

    /** {@code TP / (TP + FN)}. */
    public double recall(int c) {
        return ratio(counts[c][c], support(c));
    }

    /** {@code 2 P R / (P + R)}. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the per-class F1, as {@code f1_score(average="macro")}. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += f1(c);
        }
        return sum / counts.length;
    }

    /** Support-weighted mean of the per-class F1, as {@code f1_score(average="weighted")}. */
    public double weightedF1() {
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += f1(c) * support(c);
        }
        return ratio(sum, total());
    }

    /**
     * Multiclass Matthews correlation (Gorodkin 2004), as scikit-learn's {@code matthews_corrcoef}:
     * {@code (c s - sum_k p_k t_k) / sqrt((s^2 - sum_k p_k^2)(s^2 - sum_k t_k^2))} with {@code c} correct,
     * {@code s} total, {@code p_k} predicted and {@code t_k} true counts of class k; 0 when undefined.
     */
    public double mcc() {
        double s = total();
        double c = accuracy() * s;
        double pt = 0;
        double pp = 0;
        double tt = 0;
        for (int k = 0; k < counts.length; k++) {
            double p = predictedCount(k);
            double t = support(k);
            pt += p * t;
            pp += p * p;
            tt += t * t;
        }
        double denominator = Math.sqrt((s * s - pp) * (s * s - tt));
        return denominator == 0 ? 0 : (c * s - pt) / denominator;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
