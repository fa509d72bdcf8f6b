package org.merlab.models;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;

/**
 * What the Transformer's SameDiff layers share: they read and write NCW sequences, {@code width} channels out,
 * the length unchanged, and need no preprocessor. The bean accessors let DL4J save and load their configuration
 * as JSON.
 */
public abstract class SequenceLayer extends SameDiffLayer {

    /** Channels out. */
    protected int width;

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.recurrent(width, ((InputType.InputTypeRecurrent) inputType).getTimeSeriesLength(),
                RNNFormat.NCW);
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        return null;
    }

    public int getWidth() {
        return width;
    }

    public void setWidth(int value) {
        width = value;
    }
}
