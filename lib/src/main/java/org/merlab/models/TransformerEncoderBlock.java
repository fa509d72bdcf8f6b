package org.merlab.models;

import java.util.Map;
import java.util.Objects;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * One post-norm Transformer encoder block (Vaswani et al. 2017, sec. 3.1; BERT's layer, Devlin et al. 2019), on NCW
 * sequences {@code [batch][d][T]}:
 * <pre>
 *   h   = LayerNorm(x + MultiHead(x, x, x, mask))        heads h, each of size d / h, scaled dot product
 *   out = LayerNorm(h + W2 act(W1 h + b1) + b2)           position-wise feed-forward, inner size ff
 * </pre>
 * with {@code act} ReLU (Vaswani's, the text classifier's) or GELU (BERT's, the valence/arousal encoder's). The
 * padding mask {@code [batch][T]} (1 = step, 0 = padding) keeps every query from attending to padded keys, so a real
 * position's output does not depend on what the padding holds; the padded positions' own outputs are meaningless and
 * must be masked downstream (masked pooling or a masked loss does). Layer norms are over the d channels of each
 * position, epsilon 1e-5 (ND4J's op), gain 1 and bias 0 at initialisation. Built in SameDiff
 * ({@code multiHeadDotProductAttention}, {@code layerNorm}), since DL4J 1.0.0-M2.1 has neither a layer-norm layer
 * nor a feed-forward block.
 *
 * <p>Parameters (ND4J's attention op has no projection biases): {@code Wq, Wk, Wv [h][d/h][d]} and
 * {@code Wo [d][d]} = {@code 4 d^2}; feed-forward {@code d ff + ff + ff d + d}; two layer norms {@code 4 d}. Total
 * {@code 4 d^2 + 2 d ff + ff + 5 d}. Weights Glorot uniform (Keras' default, as every merlab network), each projection
 * as a {@code d -> d} map. Dropout, if configured on the layer, applies to the block's input.
 */
public final class TransformerEncoderBlock extends SequenceLayer {

    /** The feed-forward network's nonlinearity. */
    public enum Activation {
        /** Vaswani et al.'s {@code max(0, x)}. */
        RELU,
        /** BERT's Gaussian error linear unit. */
        GELU;

        SDVariable apply(SameDiff sd, SDVariable x) {
            return this == RELU ? sd.nn.relu(x, 0) : sd.nn.gelu(x);
        }
    }

    private static final String WQ = "Wq";
    private static final String WK = "Wk";
    private static final String WV = "Wv";
    private static final String WO = "Wo";
    private static final String W1 = "W1";
    private static final String B1 = "b1";
    private static final String W2 = "W2";
    private static final String B2 = "b2";
    private static final String G1 = "g1";
    private static final String BETA1 = "beta1";
    private static final String G2 = "g2";
    private static final String BETA2 = "beta2";

    @JsonProperty
    private int size;
    @JsonProperty
    private int heads;
    @JsonProperty
    private int feedForward;
    @JsonProperty
    private Activation activation;

    /** For DL4J's JSON (de)serialisation of configurations, which reads the annotated fields. */
    private TransformerEncoderBlock() {
    }

    /**
     * A block of model width {@code size}, {@code heads} attention heads (which must divide {@code size}),
     * feed-forward inner width {@code feedForward} and its nonlinearity.
     */
    public TransformerEncoderBlock(int size, int heads, int feedForward, Activation activation) {
        if (size < 1 || heads < 1 || feedForward < 1) {
            throw new IllegalArgumentException("encoder size, heads and feedForward must be positive, got " + size
                    + ", " + heads + ", " + feedForward);
        }
        if (size % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide the model width (" + size + ")");
        }
        this.size = size;
        this.heads = heads;
        this.feedForward = feedForward;
        this.activation = Objects.requireNonNull(activation, "activation");
    }

    /** {@code 4 d^2 + 2 d ff + ff + 5 d}, the count {@link #defineParameters} declares. */
    public static long parameterCount(int size, int feedForward) {
        return 4L * size * size + 2L * size * feedForward + feedForward + 5L * size;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable x, Map<String, SDVariable> p, SDVariable mask) {
        SDVariable attention = sd.nn.multiHeadDotProductAttention(x, x, x, p.get(WQ), p.get(WK), p.get(WV),
                p.get(WO), mask, true);
        SDVariable h = sd.nn.layerNorm(x.add(attention), p.get(G1), p.get(BETA1), true, 1);
        SDVariable inner = activation.apply(sd, StepDense.apply(sd, h, p.get(W1), p.get(B1), size, feedForward));
        SDVariable ff = StepDense.apply(sd, inner, p.get(W2), p.get(B2), feedForward, size);
        return sd.nn.layerNorm(h.add(ff), p.get(G2), p.get(BETA2), true, 1);
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        int headSize = size / heads;
        params.addWeightParam(WQ, heads, headSize, size);
        params.addWeightParam(WK, heads, headSize, size);
        params.addWeightParam(WV, heads, headSize, size);
        params.addWeightParam(WO, size, size);
        params.addWeightParam(W1, size, feedForward);
        params.addBiasParam(B1, feedForward);
        params.addWeightParam(W2, feedForward, size);
        params.addBiasParam(B2, size);
        params.addWeightParam(G1, size);
        params.addBiasParam(BETA1, size);
        params.addWeightParam(G2, size);
        params.addBiasParam(BETA2, size);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        for (String w : new String[] {WQ, WK, WV, WO}) {
            initWeights(size, size, WeightInit.XAVIER_UNIFORM, params.get(w));
        }
        initWeights(size, feedForward, WeightInit.XAVIER_UNIFORM, params.get(W1));
        initWeights(feedForward, size, WeightInit.XAVIER_UNIFORM, params.get(W2));
        for (String b : new String[] {B1, B2, BETA1, BETA2}) {
            params.get(b).assign(0);
        }
        params.get(G1).assign(1);
        params.get(G2).assign(1);
    }

    /** @throws IllegalArgumentException if the input does not have the block's width */
    @Override
    public void setNIn(InputType inputType, boolean override) {
        long in = ((InputType.InputTypeRecurrent) inputType).getSize();
        if (in != size) {
            throw new IllegalArgumentException("an encoder block of width " + size + " got " + in + " channels");
        }
    }

    @Override
    int width() {
        return size;
    }
}
