package org.merlab.models;

import java.util.Map;

import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Learned position embeddings added to a sequence (BERT's, not the sinusoids of Vaswani et al.): input and output
 * NCW {@code [batch][size][T]}, {@code T <= maxLength}; position {@code t} adds column {@code t} of the parameter
 * {@code P [size][maxLength]}. Batches may be shorter than {@code maxLength}: the first {@code T} columns are used.
 * Parameters: {@code size * maxLength}, initialised N(0, 0.02^2) as BERT's.
 */
public final class PositionEmbedding extends SequenceLayer {

    static final String TABLE = "P";
    private static final double INIT_STD = 0.02;

    @JsonProperty
    private int size;
    @JsonProperty
    private int maxLength;

    /** For DL4J's JSON (de)serialisation of configurations, which reads the annotated fields. */
    private PositionEmbedding() {
    }

    /** Position embeddings of {@code size} channels for sequences of at most {@code maxLength} steps. */
    public PositionEmbedding(int size, int maxLength) {
        if (size < 1 || maxLength < 1) {
            throw new IllegalArgumentException("position embedding size and maxLength must be positive, got " + size
                    + " and " + maxLength);
        }
        this.size = size;
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
        // size [channels, T] of this batch from the input's dynamic shape; slice the table's first T columns
        SDVariable shape = sd.shape(input);
        SDVariable channelsAndSteps = sd.stridedSlice(shape, new long[] {1}, new long[] {3}, new long[] {1});
        SDVariable begin = sd.constant(org.nd4j.linalg.factory.Nd4j.createFromArray(0L, 0L));
        SDVariable positions = sd.slice(params.get(TABLE), begin, channelsAndSteps);
        return input.add(positions);
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.addWeightParam(TABLE, size, maxLength);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        params.get(TABLE).assign(org.nd4j.linalg.factory.Nd4j.randn(params.get(TABLE).dataType(), size, maxLength)
                .muli(INIT_STD));
    }

    @Override
    int width() {
        return size;
    }
}
