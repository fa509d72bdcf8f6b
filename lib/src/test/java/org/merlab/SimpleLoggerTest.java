package org.merlab;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code simplelogger.properties} on lib's class path: libraries' INFO chatter off, their warnings kept. */
class SimpleLoggerTest {

    @Test
    void nd4jDl4jAndSmileLogWarningsButNoInfo() {
        for (String logger : new String[] {"org.nd4j.linalg.factory.Nd4jBackend",
                "org.deeplearning4j.nn.multilayer.MultiLayerNetwork", "smile.classification.GradientTreeBoost"}) {
            assertFalse(LoggerFactory.getLogger(logger).isInfoEnabled(), logger);
            assertTrue(LoggerFactory.getLogger(logger).isWarnEnabled(), logger);
        }
    }
}
