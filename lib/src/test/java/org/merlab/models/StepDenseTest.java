package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class StepDenseTest {

    @Test
    void appliesTheSameAffineMapAtEveryStep() {
        INDArray x = SequenceNets.input(1, 2, 3, 4);
        INDArray w = SequenceNets.input(2, 1, 3, 5).reshape(3, 5);
        INDArray b = Nd4j.createFromArray(1f, 2f, 3f, 4f, 5f);
        SameDiff sd = SameDiff.create();
        INDArray y = StepDense.apply(sd, sd.constant(x), sd.constant(w), sd.constant(b), 3, 5).eval();
        assertArrayEquals(new long[] {2, 5, 4}, y.shape());
        for (int n = 0; n < 2; n++) {
            for (int t = 0; t < 4; t++) {
                for (int o = 0; o < 5; o++) {
                    double expected = b.getDouble(o);
                    for (int i = 0; i < 3; i++) {
                        expected += x.getDouble(n, i, t) * w.getDouble(i, o);
                    }
                    assertEquals(expected, y.getDouble(n, o, t), 1e-5);
                }
            }
        }
    }
}
