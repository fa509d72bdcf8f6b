package org.merlab.models;

import java.util.Map;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One BERT encoder layer (Devlin et al. 2019; Vaswani et al. 2017, post-norm): multi-head scaled dot-product
 * self-attention over the steps, a residual and a layer norm, then a position-wise feed-forward network (GELU), a
 * residual and a layer norm. Input and output are NCW {@code [batch][width][T]}; padded steps (mask 0) are never
 * attended to, so the outputs at real steps do not depend on the padding.
 *
 * <p>Built in SameDiff ({@code multiHeadDotProductAttention}, {@code layerNorm}), since DL4J 1.0.0-M2.1 has neither
 * a layer-norm layer nor a feed-forward block. Parameters ({@code 4 w^2 + 2 w f + f + 5 w} for width {@code w} and
 * feed-forward size {@code f}): {@code Wq, Wk, Wv [heads][w/heads][w]}, {@code Wo [w][w]} (no attention biases, as
 * SameDiff's op has none), layer-norm gains and biases {@code [w]} twice, {@code W1 [w][f]}, {@code b1 [f]},
 * {@code W2 [f][w]}, {@code b2 [w]}. Weights Glorot uniform, gains 1, biases 0. No dropout: SameDiff layers in
 * DL4J do not know whether they are training.
 */
public class EncoderBlock extends SequenceLayer {

    private int width;
    private int heads;
    private int feedForward;

    /** For JSON deserialisation of saved networks. */
    public EncoderBlock() {
    }

    /**
     * @throws IllegalArgumentException unless {@code heads} divides {@code width} and all are positive
     */
    public EncoderBlock(int width, int heads, int feedForward) {
        if (width < 1 || heads < 1 || feedForward < 1 || width % heads != 0) {
            throw new IllegalArgumentException("need positive width, heads and feed-forward size with heads dividing"
                    + " width; got width " + width + ", heads " + heads + ", feed-forward " + feedForward);
        }
        this.width = width;
        this.heads = heads;
        this.feedForward = feedForward;
    }

    /** Parameters of one block of width {@code w} and feed-forward size {@code f}. */
    public static long parameters(int w, int f) {
        return 4L * w * w + 2L * w * f + f + 5L * w;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable x, Map<String, SDVariable> p, SDVariable mask) {
        SDVariable attention = sd.nn().multiHeadDotProductAttention(x, x, x, p.get("Wq"), p.get("Wk"), p.get("Wv"),
                p.get("Wo"), mask, true);
        SDVariable h = sd.nn().layerNorm(x.add(attention), p.get("g1"), p.get("c1"), true, 1);
        SDVariable inner = sd.nn().gelu(StepDense.apply(sd, h, p.get("W1"), p.get("b1"), width, feedForward));
        SDVariable outer = StepDense.apply(sd, inner, p.get("W2"), p.get("b2"), feedForward, width);
        return sd.nn().layerNorm(h.add(outer), p.get("g2"), p.get("c2"), true, 1);
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        int headSize = width / heads;
        params.addWeightParam("Wq", heads, headSize, width);
        params.addWeightParam("Wk", heads, headSize, width);
        params.addWeightParam("Wv", heads, headSize, width);
        params.addWeightParam("Wo", width, width);
        params.addWeightParam("W1", width, feedForward);
        params.addWeightParam("W2", feedForward, width);
        params.addBiasParam("g1", width);
        params.addBiasParam("c1", width);
        params.addBiasParam("b1", feedForward);
        params.addBiasParam("b2", width);
        params.addBiasParam("g2", width);
        params.addBiasParam("c2", width);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        for (String w : new String[] {"Wq", "Wk", "Wv", "Wo"}) {
            initWeights(width, width, WeightInit.XAVIER_UNIFORM, params.get(w));
        }
        initWeights(width, feedForward, WeightInit.XAVIER_UNIFORM, params.get("W1"));
        initWeights(feedForward, width, WeightInit.XAVIER_UNIFORM, params.get("W2"));
        params.get("g1").assign(1);
        params.get("g2").assign(1);
        for (String b : new String[] {"c1", "c2", "b1", "b2"}) {
            params.get(b).assign(0);
        }
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        long in = ((InputType.InputTypeRecurrent) inputType).getSize();
        if (in != width) {
            throw new IllegalArgumentException("an encoder block of width " + width + " got " + in + " channels");
        }
    }

    public int getHeads() {
        return heads;
    }

    public void setHeads(int value) {
        heads = value;
    }

    public int getFeedForward() {
        return feedForward;
    }

    public void setFeedForward(int value) {
        feedForward = value;
    }

    @Override
    int width() {
        return width;
    }

    public int getWidth() {
        return width;
    }

    public void setWidth(int value) {
        width = value;
    }
}
