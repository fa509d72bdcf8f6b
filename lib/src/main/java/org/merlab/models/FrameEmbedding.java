package org.merlab.models;

import java.util.Map;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The token layer of {@link VaTransformer}: each frame (one annotation step's mel bands) is projected linearly to
 * the model width and the sinusoidal position code of Vaswani et al. (2017) is added, so attention can tell steps
 * apart. Input and output are DL4J's NCW sequences, {@code [batch][nIn][T]} to {@code [batch][width][T]}.
 *
 * <p>The code for position {@code t} is {@code sin(t / 10000^(2i/width))} in channel {@code i} and {@code cos} of
 * the same angle in channel {@code width/2 + i} (the two halves of the paper's interleaving, a fixed permutation
 * of it). It is computed for the batch's own length, so there is no maximum length, and it is not trained.
 * Parameters: {@code W [nIn][width]} (Glorot uniform) and {@code b [width]} (zeros).
 */
public class FrameEmbedding extends SequenceLayer {

    private int width;
    private long nIn;

    /** For JSON deserialisation of saved networks. */
    public FrameEmbedding() {
    }

    /** A projection from {@code nIn} inputs per step (0 = from the input type) to {@code width} channels. */
    public FrameEmbedding(long nIn, int width) {
        if (width < 2 || width % 2 != 0) {
            throw new IllegalArgumentException("width must be even and at least 2, got " + width);
        }
        this.nIn = nIn;
        this.width = width;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable x, Map<String, SDVariable> params, SDVariable mask) {
        SDVariable projected = StepDense.apply(sd, x, params.get("W"), params.get("b"), nIn, width);
        SDVariable steps = sd.sizeAt(x, 2).castTo(x.dataType());
        SDVariable positions = sd.range(sd.constant(0f).castTo(x.dataType()), steps,
                sd.constant(1f).castTo(x.dataType()), x.dataType()).reshape(1, -1);
        float[] inverse = new float[width / 2];
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = (float) Math.pow(10000, -2.0 * i / width);
        }
        SDVariable frequencies = sd.constant(Nd4j.createFromArray(inverse).reshape(width / 2, 1)
                .castTo(x.dataType()));
        SDVariable angles = frequencies.mmul(positions);
        SDVariable code = sd.concat(0, sd.math().sin(angles), sd.math().cos(angles));
        return projected.add(code);
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.addWeightParam("W", nIn, width);
        params.addBiasParam("b", width);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        initWeights((int) nIn, width, WeightInit.XAVIER_UNIFORM, params.get("W"));
        params.get("b").assign(0);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (nIn <= 0 || override) {
            nIn = ((InputType.InputTypeRecurrent) inputType).getSize();
        }
    }

    public long getNIn() {
        return nIn;
    }

    public void setNIn(long value) {
        nIn = value;
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
