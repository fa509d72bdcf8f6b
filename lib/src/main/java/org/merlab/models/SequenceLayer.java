package org.merlab.models;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;

/**
 * What the Transformers' SameDiff layers share (text: {@link PositionEmbedding}; valence/arousal:
 * {@link FrameEmbedding}; both: the encoder block): they read and write NCW sequences {@code [batch][channels][T]},
 * {@link #width()} channels out, the length unchanged, the mask passed on unchanged, and need no preprocessor. A layer
 * whose input width is given when it is built has nothing to infer from the input type; one that infers it overrides
 * {@link #setNIn}.
 */
public abstract class SequenceLayer extends SameDiffLayer {

    /** Channels out. */
    abstract int width();

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.recurrent(width(), ((InputType.InputTypeRecurrent) inputType).getTimeSeriesLength(),
                RNNFormat.NCW);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        // nothing to infer: the width is given
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        return null;
    }
}
