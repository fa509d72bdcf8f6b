package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class CnnLstmTest {

    /**
     * Keras' count for Table 3 (conv k*in*out + out; batch norm 4*channels; LSTM 4*(in*128 + 128*128 + 128)):
     * conv 640 + 65,664 + bn 512 + conv 131,328 + 262,400 + bn 1,024 + conv 524,800 + 1,049,088 + bn 2,048
     * + lstm 328,192 + bn 512 + lstm 131,584 + bn 512 + dense 8,256 + bn 256 = 2,506,816, plus the output layer
     * 64*10 + 10 = 650 gives the paper's 2,507,466.
     */
    @Test
    void tenOutputsHaveThePapersParameterCount() {
        assertEquals(2_507_466L, CnnLstm.builder().nClasses(10).build().numParams());
    }

    /** The same body, 64*9 + 9 = 585 output parameters: 2,506,816 + 585 = 2,507,401. */
    @Test
    void nineGemsClassesHaveSixtyFiveFewerParameters() {
        assertEquals(2_507_401L, CnnLstm.builder().nClasses(9).build().numParams());
    }

    @Test
    void forwardPassGivesOneProbabilityRowPerExample() {
        var net = CnnLstm.builder().nClasses(9).seed(7).build();
        var x = Nd4j.rand(DataType.FLOAT, 64, 1, 28).subi(0.5);
        var p = net.output(x, false);
        assertArrayEquals(new long[] {64, 9}, p.shape());
        var rowSums = p.sum(1);
        for (int i = 0; i < 64; i++) {
            assertEquals(1.0, rowSums.getDouble(i), 1e-5);
        }
        assertTrue(p.minNumber().doubleValue() > 0);
    }

    @Test
    void seedDeterminesTheInitialWeights() {
        var a = CnnLstm.builder().seed(3).build().params();
        assertEquals(a, CnnLstm.builder().seed(3).build().params());
        assertFalse(a.equals(CnnLstm.builder().seed(4).build().params()));
    }

    @Test
    void dropoutRateIsConvertedToDl4jRetainProbability() {
        var conf = CnnLstm.builder().dropout(0.25).configuration();
        var dropout = (org.deeplearning4j.nn.conf.dropout.Dropout) conf.getConf(4).getLayer().getIDropout();
        assertEquals(0.75, dropout.getP(), 0);
    }

    /** Keras keeps a moving mean and variance; DL4J's default would keep a moving log10 standard deviation. */
    @Test
    void batchNormKeepsKerasRunningStatistics() {
        var conf = CnnLstm.builder().batchNormMomentum(0.9).configuration();
        var bn = (BatchNormalization) conf.getConf(2).getLayer();
        assertEquals(0.9, bn.getDecay(), 0);
        assertEquals(1e-3, bn.getEps(), 0);
        assertFalse(bn.isUseLogStd());
        var defaults = (BatchNormalization) CnnLstm.builder().configuration().getConf(2).getLayer();
        assertEquals(CnnLstm.DEFAULT_BATCH_NORM_MOMENTUM, defaults.getDecay(), 0);
    }

    @Test
    void badSettingsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> CnnLstm.builder().nClasses(1).build());
        assertTrue(e.getMessage().contains("nClasses"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnnLstm.builder().inputLength(7).build());
        assertTrue(e.getMessage().contains("inputLength"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnnLstm.builder().dropout(1.0).build());
        assertTrue(e.getMessage().contains("dropout"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CnnLstm.builder().batchNormMomentum(1.0).build());
        assertTrue(e.getMessage().contains("batchNormMomentum"), e.getMessage());
    }
}
