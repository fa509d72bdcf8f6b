package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deeplearning4j.nn.conf.layers.LSTM;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class VaLstmTest {


    @Test
    void hasTheReportsParameterCountWith128MelBands() {
        long lstm1 = 4L * (64 * (128 + 64) + 64);
        long lstm2 = 4L * (64 * (64 + 64) + 64);
        long dense = 64 + 1;
        assertEquals(82_497, lstm1 + lstm2 + dense);
        assertEquals(82_497, VaLstm.build(128, 1).numParams());
    }

    @Test
    void usesKerasDefaultActivationsNotLinear() {
        var conf = VaLstm.configuration(128, 1, 1);
        for (int i = 0; i < 2; i++) {
            LSTM l = (LSTM) conf.getConf(i).getLayer();
            assertEquals(ActivationTanH.class, l.getActivationFn().getClass());
            assertEquals(ActivationSigmoid.class, l.getGateActivationFn().getClass());
        }
    }

    @Test
    void theClassifierAveragesTheRealStepsUnderASoftmax() {
        var net = VaLstm.buildClassifier(8, 4, 1);
        assertEquals(82_497 - 65 + 65 * 4, VaLstm.buildClassifier(128, 4, 1).numParams());
        INDArray x = SequenceNets.input(4, 2, 8, 9);
        INDArray other = x.dup();
        other.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(5, 9)).assign(7);
        INDArray mask = SequenceNets.mask(9, 5, 9);
        INDArray a = net.output(x, false, mask, null);
        assertArrayEquals(new long[] {2, 4}, a.shape());
        assertEquals(a, net.output(other, false, mask, null));
        assertEquals(2.0, a.sumNumber().doubleValue(), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> VaLstm.classifier(8, 1, 1));
    }

    @Test
    void outputsOneValuePerStep() {
        var net = VaLstm.build(8, 1);
        assertArrayEquals(new long[] {3, 1, 5}, net.output(SequenceNets.input(2, 3, 8, 5)).shape());
    }

    @Test
    void aJointModelOutputsValenceAndArousalPerStep() {
        var net = VaLstm.build(8, 2, 1);
        assertArrayEquals(new long[] {3, 2, 5}, net.output(SequenceNets.input(2, 3, 8, 5)).shape());
        assertEquals(82_497 + 65, VaLstm.build(128, 2, 1).numParams());
    }

    @Test
    void paddingDoesNotChangeTheRealSteps() {
        var net = VaLstm.build(8, 1);
        INDArray x = SequenceNets.input(3, 2, 8, 9);
        INDArray other = x.dup();
        other.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(4, 9)).assign(7);
        INDArray mask = SequenceNets.mask(9, 4, 9);
        INDArray a = SequenceNets.output(net, x, mask);
        INDArray b = SequenceNets.output(net, other, mask);
        assertEquals(a.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(0, 4)),
                b.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(0, 4)));
        assertEquals(a.get(NDArrayIndex.point(1)), b.get(NDArrayIndex.point(1)));
    }

    @Test
    void theSameSeedGivesTheSameNetwork() {
        assertEquals(VaLstm.build(16, 5).params(), VaLstm.build(16, 5).params());
    }

    @Test
    void refusesNoInputs() {
        assertThrows(IllegalArgumentException.class, () -> VaLstm.build(0, 1));
        assertThrows(IllegalArgumentException.class, () -> VaLstm.build(8, 0, 1));
    }
}
