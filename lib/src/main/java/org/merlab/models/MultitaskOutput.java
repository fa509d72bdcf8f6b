package org.merlab.models;

import java.util.Map;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffOutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * A linear regression head for K tasks whose loss weights are learned (Kendall, Gal &amp; Cipolla, CVPR 2018, in the
 * study's form): with per-task mean squared errors {@code L_k} over the minibatch and one trainable {@code s_k} per
 * task, starting at 0 (stored divided by {@link #S_SCALE}),
 * <pre>
 *   loss = sum_k ( exp(-s_k) * L_k + s_k ),   outputs = x W + b   ([n][K])
 * </pre>
 * The weights {@code exp(-s_k)} stay positive; {@code s_k} itself is unbounded and its optimum for a fixed
 * {@code L_k} is {@code ln L_k} (the derivative {@code 1 - exp(-s_k) L_k} vanishes there), so it goes negative once a
 * task's error falls below 1. The {@code s_k} are parameters of the layer ({@value #LOG_VARIANCE}, registered as a
 * bias so L2 leaves them alone), updated by the network's own optimiser in the ordinary training loop.
 *
 * <p>The graph returns the loss summed over the minibatch's rows, which DL4J divides by the batch size, so the score
 * the trainer records is the mean form above.
 */
public final class MultitaskOutput extends SameDiffOutputLayer {

    /** Parameter keys: weights {@code [nIn][K]}, bias {@code [1][K]}, log-variances {@code s} {@code [1][K]}. */
    public static final String WEIGHTS = "W";
    public static final String BIAS = "b";
    public static final String LOG_VARIANCE = "s";

    /**
     * The stored parameter is {@code s_k / S_SCALE}: under Adam, whose steps are about the learning rate whatever the
     * gradient's size, this moves {@code s_k} {@value} times faster than the network's weights, so it reaches
     * {@code ln L_k} (order 1) within a few hundred updates at a rate of 1e-3.
     */
    public static final double S_SCALE = 10;

    @JsonProperty
    private long nIn;
    @JsonProperty
    private long tasks;

    /** For Jackson (network configurations are cloned through JSON). */
    private MultitaskOutput() {
    }

    /**
     * @param nIn   inputs (0 to infer from the layer before)
     * @param tasks number of regression targets K
     */
    public MultitaskOutput(long nIn, long tasks) {
        if (tasks < 1 || nIn < 0) {
            throw new IllegalArgumentException("a multitask head needs nIn >= 0 and at least one task, got nIn "
                    + nIn + ", " + tasks + " tasks");
        }
        this.nIn = nIn;
        this.tasks = tasks;
    }

    public long tasks() {
        return tasks;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, SDVariable labels, Map<String, SDVariable> p) {
        SDVariable out = input.mmul(p.get(WEIGHTS)).add(p.get(BIAS));
        sd.identity("out", out);
        // Summed over the examples: DL4J divides a SameDiff output layer's score and gradients by the batch size.
        SDVariable s = p.get(LOG_VARIANCE).mul(S_SCALE);
        SDVariable loss = sd.math.squaredDifference(out, labels).mul(sd.math.exp(s.neg())).add(s).sum();
        loss.markAsLoss();
        return loss;
    }

    @Override
    public String activationsVertexName() {
        return "out";
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.addWeightParam(WEIGHTS, nIn, tasks);
        params.addBiasParam(BIAS, 1, tasks);
        params.addBiasParam(LOG_VARIANCE, 1, tasks);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        initWeights(Math.toIntExact(nIn), Math.toIntExact(tasks), WeightInit.XAVIER, params.get(WEIGHTS));
        params.get(BIAS).assign(0);
        params.get(LOG_VARIANCE).assign(0);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.feedForward(tasks);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (nIn == 0 || override) {
            nIn = ((InputType.InputTypeFeedForward) inputType).getSize();
        }
    }


    /** The current {@code s_k} of a network layer built from this configuration. */
    public static double[] logVariances(org.deeplearning4j.nn.api.Layer layer) {
        double[] u = layer.getParam(LOG_VARIANCE).toDoubleVector();
        for (int k = 0; k < u.length; k++) {
            u[k] *= S_SCALE;
        }
        return u;
    }
}
