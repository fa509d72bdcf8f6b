package org.merlab.models;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;

/**
 * A SameDiff layer that maps an NCW sequence {@code [batch][d][T]} to one of the same shape, with its width given
 * when it is built: nothing to infer from the input type, no preprocessor, the mask passed on unchanged.
 */
abstract class SequenceLayer extends SameDiffLayer {

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return inputType;
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
