package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class VaTransformerTest {

    private static final VaTransformer.Options SMALL = new VaTransformer.Options(16, 2, 4, 32);

    @Test
    void parameterCountByHand() {
        int nIn = 128;
        int w = 64;
        int f = 128;
        long embedding = nIn * w + w;
        long block = 3L * w * w + w * w + 2 * w + (w * f + f) + (f * w + w) + 2 * w;
        long head = w + 1;
        assertEquals(embedding + 2 * block + head,
                VaTransformer.buildRegressor(nIn, VaTransformer.Options.DEFAULT, 1).numParams());
        assertEquals(74_753, embedding + 2 * block + head);
        assertEquals(embedding + 2 * block, VaTransformer.Options.DEFAULT.encoderParameters(nIn));
    }

    @Test
    void outputsOneValuePerStep() {
        var net = VaTransformer.buildRegressor(8, SMALL, 1);
        assertArrayEquals(new long[] {3, 1, 7}, net.output(SequenceNets.input(1, 3, 8, 7)).shape());
    }

    @Test
    void paddedStepsNeitherChangeNorReachTheRealOnes() {
        var net = VaTransformer.buildRegressor(8, SMALL, 1);
        INDArray x = SequenceNets.input(4, 2, 8, 10);
        INDArray changed = x.dup();
        changed.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(6, 10)).assign(-5);
        INDArray mask = SequenceNets.mask(10, 6, 10);
        INDArray a = SequenceNets.output(net, x, mask);
        INDArray b = SequenceNets.output(net, changed, mask);
        INDArray real = a.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(0, 6));
        assertTrue(real.equalsWithEps(
                b.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(0, 6)), 1e-5), "padding");
        // The same six steps alone, unpadded, give the same outputs.
        INDArray alone = net.output(x.get(NDArrayIndex.interval(0, 1), NDArrayIndex.all(),
                NDArrayIndex.interval(0, 6)).dup(), false);
        assertTrue(real.equalsWithEps(alone.get(NDArrayIndex.point(0)), 1e-5), real + " vs " + alone);
        // Without the mask the padding would leak in: the test can fail.
        INDArray leaked = net.output(changed, false);
        assertNotEquals(real, leaked.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(0, 6)));
    }

    @Test
    void attentionMixesSteps() {
        var net = VaTransformer.buildRegressor(8, SMALL, 1);
        INDArray x = SequenceNets.input(5, 1, 8, 6);
        INDArray changed = x.dup();
        changed.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(5)).assign(3);
        assertNotEquals(net.output(x).getDouble(0, 0, 0), net.output(changed).getDouble(0, 0, 0));
    }

    @Test
    void pooledClassifierIgnoresPadding() {
        var net = VaTransformer.buildClassifier(8, 4, SMALL, 1);
        INDArray x = SequenceNets.input(6, 1, 8, 9);
        INDArray changed = x.dup();
        changed.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.interval(5, 9)).assign(9);
        INDArray mask = SequenceNets.mask(9, 5);
        INDArray a = net.output(x, false, mask, null);
        INDArray b = net.output(changed, false, mask, null);
        assertArrayEquals(new long[] {1, 4}, a.shape());
        assertTrue(a.equalsWithEps(b, 1e-5), a + " vs " + b);
        assertEquals(1.0, a.sumNumber().doubleValue(), 1e-5);
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndOutputs() {
        var a = VaTransformer.buildRegressor(8, SMALL, 9);
        var b = VaTransformer.buildRegressor(8, SMALL, 9);
        assertEquals(a.params(), b.params());
        INDArray x = SequenceNets.input(7, 2, 8, 5);
        assertEquals(a.output(x), b.output(x));
        assertNotEquals(a.params(), VaTransformer.buildRegressor(8, SMALL, 10).params());
    }

    @Test
    void badShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VaTransformer.Options(30, 2, 4, 32));
        assertThrows(IllegalArgumentException.class, () -> new VaTransformer.Options(16, 0, 4, 32));
        assertThrows(IllegalArgumentException.class, () -> new VaTransformer.Options(15, 1, 5, 32));
    }


    @Test
    void gradientsFlowThroughTheSameDiffLayersWithMasks() {
        var net = VaTransformer.buildRegressor(8, SMALL, 2);
        net.setLearningRate(3e-3);
        INDArray x = SequenceNets.input(8, 4, 8, 6);
        INDArray y = x.mean(true, 1);
        INDArray mask = SequenceNets.mask(6, 6, 4, 5, 6);
        var data = new org.nd4j.linalg.dataset.DataSet(x, y, mask, mask);
        net.fit(data);
        double before = net.score(data);
        for (int i = 0; i < 40; i++) {
            net.fit(data);
        }
        assertTrue(net.score(data) < 0.5 * before, before + " -> " + net.score(data));
    }
}
