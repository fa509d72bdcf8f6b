package org.merlab.models;

import org.merlab.prep.Ranks;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Mean squared error plus a differentiable Spearman term over the minibatch, for regression outputs
 * {@code [n][K]} (K targets, each scored on its own column):
 * <pre>
 *   L = mean_{i,k} (o_ik - y_ik)^2  +  weight * mean_k (1 - pearson(softrank_eps(o_.k), rank(y_.k)))
 * </pre>
 * {@code softrank} is {@link Ranks#soft} (Blondel et al. 2020, pool-adjacent-violators), {@code rank} the
 * tie-averaged hard rank of the targets. MSE alone lets a regressor of weakly predictable targets collapse toward
 * their mean; the rank term rewards ordering the examples right whatever the spread (the study's reason for it).
 *
 * <p>The rank term belongs to the whole minibatch, not to any one example: the per-example score array holds each
 * example's squared error plus the batch's rank term, so its mean is {@code L}, and {@link #computeGradient} returns
 * the gradient of {@code n * L} (DL4J sums per-example gradients and its updater divides by the batch size). A batch
 * whose soft ranks (or targets) are constant, within 1e-9 of their scale, has no defined correlation: its term counts
 * as correlation 0 with zero gradient, so only the MSE part moves it. With {@code weight} 0 this is plain MSE.
 *
 * <p>Label masks are refused: the term needs every row of the batch.
 */
public final class SpearmanLoss implements ILossFunction {

    private static final double CONSTANT = 1e-9;

    @JsonProperty("weight")
    private final double weight;
    @JsonProperty("strength")
    private final double strength;

    /**
     * @param weight   weight of the rank term ({@code >= 0})
     * @param strength soft-rank regularisation strength {@code eps > 0}, in units of the outputs (targets are
     *                 best standardised, so that 0.1-1 spans a few examples' spacing)
     * @throws IllegalArgumentException naming the value
     */
    @JsonCreator
    public SpearmanLoss(@JsonProperty("weight") double weight, @JsonProperty("strength") double strength) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the Spearman weight must be >= 0 and finite, got " + weight);
        }
        if (!(strength > 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException(
                    "the soft-rank regularisation strength must be positive and finite, got " + strength);
        }
        this.weight = weight;
        this.strength = strength;
    }

    public double weight() {
        return weight;
    }

    public double strength() {
        return strength;
    }

    /** What one batch gives: per-example squared errors, the rank term, and the gradient of {@code n * L}. */
    private record Batch(double[] perExample, double rankTerm, double[][] gradient) {
    }

    private Batch evaluate(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
                           boolean withGradient) {
        if (mask != null) {
            throw new IllegalArgumentException("SpearmanLoss takes no label mask: its rank term needs every row");
        }
        INDArray out = activation.getActivation(preOutput.dup(), false);
        double[][] o = out.toDoubleMatrix();
        double[][] y = labels.toDoubleMatrix();
        out.close();
        int n = o.length;
        if (n < 2) {
            throw new IllegalArgumentException("SpearmanLoss needs at least 2 examples in a minibatch, got " + n);
        }
        int k = o[0].length;
        double[] perExample = new double[n];
        double[][] grad = withGradient ? new double[n][k] : null;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                if (!Double.isFinite(y[i][j])) {
                    throw new IllegalArgumentException("target " + j + " of row " + i + " is " + y[i][j]);
                }
                double e = o[i][j] - y[i][j];
                perExample[i] += e * e / k;
                if (withGradient) {
                    grad[i][j] = 2 * e / k;
                }
            }
        }
        double rankTerm = 0;
        if (weight > 0) {
            for (int j = 0; j < k; j++) {
                double[] column = new double[n];
                double[] target = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = o[i][j];
                    target[i] = y[i][j];
                }
                var corr = SoftCorrelation.of(Ranks.soft(column, strength), Ranks.average(target), CONSTANT);
                rankTerm += (1 - corr.value()) / k;
                if (withGradient) {
                    double[] dCorr = corr.gradient();
                    for (int i = 0; i < n; i++) {
                        grad[i][j] -= n * weight * dCorr[i] / k;
                    }
                }
            }
        }
        return new Batch(perExample, weight * rankTerm, grad);
    }

    private static INDArray backprop(IActivation activation, INDArray preOutput, double[][] dOut) {
        INDArray dLdOut = Nd4j.create(dOut).castTo(preOutput.dataType());
        return activation.backprop(preOutput.dup(), dLdOut).getFirst();
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
                               boolean average) {
        Batch b = evaluate(labels, preOutput, activationFn, mask, false);
        double sum = 0;
        for (double e : b.perExample()) {
            sum += e + b.rankTerm();
        }
        return average ? sum / b.perExample().length : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        Batch b = evaluate(labels, preOutput, activationFn, mask, false);
        double[] scores = new double[b.perExample().length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = b.perExample()[i] + b.rankTerm();
        }
        return Nd4j.create(scores, new long[] {scores.length, 1}, DataType.DOUBLE).castTo(preOutput.dataType());
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        return backprop(activationFn, preOutput, evaluate(labels, preOutput, activationFn, mask, true).gradient());
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
                                                          IActivation activationFn, INDArray mask,
                                                          boolean average) {
        Batch b = evaluate(labels, preOutput, activationFn, mask, true);
        double sum = 0;
        for (double e : b.perExample()) {
            sum += e + b.rankTerm();
        }
        double score = average ? sum / b.perExample().length : sum;
        return Pair.of(score, backprop(activationFn, preOutput, b.gradient()));
    }

    @Override
    public String name() {
        return toString();
    }

    @Override
    public String toString() {
        return "SpearmanLoss(weight=" + weight + ", strength=" + strength + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpearmanLoss s && s.weight == weight && s.strength == strength;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(weight) * 31 + Double.hashCode(strength);
    }
}
