package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class NativeGarbageTest {

    @Test
    void releaseClosesEveryArrayOfTheBatch() {
        INDArray x = Nd4j.rand(4, 3);
        INDArray y = Nd4j.rand(4, 2);
        INDArray mask = Nd4j.ones(4, 1);
        NativeGarbage.release(new DataSet(x, y, mask, null));
        for (INDArray a : new INDArray[] {x, y, mask}) {
            assertTrue(a.wasClosed());
        }
    }

    @Test
    void collectsOnceEveryCadenceOfRowsWhateverTheBatchSize() {
        int every = NativeGarbage.every();
        assertEquals(NativeGarbage.DEFAULT_EVERY, every, "the tests run with the default cadence");
        for (int rows : new int[] {2, 256}) {
            long before = NativeGarbage.collections();
            for (int i = 0; i < 3 * every / rows; i++) {
                NativeGarbage.release(new DataSet(Nd4j.zeros(rows, 2), Nd4j.zeros(rows, 1)));
            }
            assertEquals(3, NativeGarbage.collections() - before, rows + "-row batches");
        }
    }
}
