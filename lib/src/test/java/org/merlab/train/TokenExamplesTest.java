package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.merlab.text.Vocabulary;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class TokenExamplesTest {

    @Test
    void batchesArePaddedWithIdZeroAndCutAtTheMaximumLength() {
        var batch = Examples.tokens(new int[][] {{4, 5}, {6, 7, 8, 9}}, new int[] {0, 1}, 2, 3)
                .batch(new int[] {1, 0}, 0, 2);
        assertArrayEquals(new double[][] {{6, 7, 8}, {4, 5, 0}}, batch.getFeatures().toDoubleMatrix());
        assertArrayEquals(new double[][] {{1, 1, 1}, {1, 1, 0}}, batch.getFeaturesMaskArray().toDoubleMatrix());
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, batch.getLabels().toDoubleMatrix());
    }

    @Test
    void paddingHoldsTheVocabularysPadIdAndPredictionNeedsNoLabels() {
        var batch = Examples.tokens(new int[][] {{5, 6, 7}, {8}}, null, 2, 10).batch(new int[] {0, 1}, 0, 2);
        assertArrayEquals(new float[] {8, Vocabulary.PAD, Vocabulary.PAD}, batch.getFeatures().toFloatMatrix()[1]);
        assertArrayEquals(new float[] {1, 0, 0}, batch.getFeaturesMaskArray().toFloatMatrix()[1]);
        assertArrayEquals(new float[] {1, 1, 1}, batch.getFeaturesMaskArray().toFloatMatrix()[0]);
        assertEquals(null, batch.getLabels());
    }

    @Test
    void emptyExamplesAndBadLabelsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Examples.tokens(new int[][] {{1}, {}}, new int[] {0, 1}, 2, 8));
        assertTrue(e.getMessage().contains("example 1 has no tokens"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Examples.tokens(new int[][] {{1}}, new int[] {2}, 2, 8));
        assertEquals("tokens: label 2 at example 0 is outside 0..1", e.getMessage());
    }

    /** Class 1 iff token 3 occurs; masked mean pooling makes the answer independent of padding. */
    @Test
    void trainerLearnsATokenRuleThroughMaskedPooling() {
        var rng = new Random(8);
        int[][] ids = new int[240][];
        int[] y = new int[240];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new int[2 + rng.nextInt(7)];
            for (int t = 0; t < ids[i].length; t++) {
                ids[i][t] = 4 + rng.nextInt(6);
            }
            y[i] = i % 2;
            if (y[i] == 1) {
                ids[i][rng.nextInt(ids[i].length)] = 3;
            }
        }
        var conf = new NeuralNetConfiguration.Builder().seed(4).updater(new Adam(1e-2)).list()
                .layer(new EmbeddingSequenceLayer.Builder().nIn(10).nOut(8).build())
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(8).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        var net = new MultiLayerNetwork(conf);
        net.init();
        int[][] trainIds = java.util.Arrays.copyOfRange(ids, 0, 180);
        int[][] valIds = java.util.Arrays.copyOfRange(ids, 180, 240);
        var val = Examples.tokens(valIds, java.util.Arrays.copyOfRange(y, 180, 240), 2, 16);
        var history = Trainer.fit(net, Examples.tokens(trainIds, java.util.Arrays.copyOfRange(y, 0, 180), 2, 16), val,
                new TrainConfig(30, 16, 1e-2, ReduceLrOnPlateau.off(), 30), 3, s -> { }).history();
        assertTrue(history.best().valAccuracy() > 0.9, history.toTable().print());
        double[][] together = Trainer.predict(net, Examples.tokens(valIds, null, 2, 16));
        double[][] alone = Trainer.predict(net, Examples.tokens(new int[][] {valIds[0]}, null, 2, 16));
        assertArrayEquals(alone[0], together[0], 1e-6);
    }
}
