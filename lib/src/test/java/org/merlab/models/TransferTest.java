package org.merlab.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class TransferTest {

    private static DataSet classes() {
        Nd4j.getRandom().setSeed(4);
        var x = Nd4j.rand(DataType.FLOAT, 8, 12, 10);
        var y = Nd4j.zeros(DataType.FLOAT, 8, 3);
        for (int i = 0; i < 8; i++) {
            y.putScalar(i, i % 3, 1);
        }
        return new DataSet(x, y);
    }

    private static DataSet targets() {
        Nd4j.getRandom().setSeed(5);
        return new DataSet(Nd4j.rand(DataType.FLOAT, 8, 12, 10), Nd4j.rand(DataType.FLOAT, 8, 1));
    }

    private static MultiLayerNetwork trainedClassifier() {
        var net = SpectroNets.lstm(12, new Head.Classes(3), 1);
        for (int i = 0; i < 5; i++) {
            net.fit(classes());
        }
        return net;
    }

    @Test
    void frozenTrunkCopiesTheTrunkAndKeepsItThroughTraining() {
        var source = trainedClassifier();
        var sourceParams = source.params().dup();
        var head = new Head.Regression(1, new SpearmanLoss(0.5, 0.5));
        var regressor = Transfer.frozenTrunk(source, head, 2);
        int trunk = source.getnLayers() - 1;
        for (int layer = 0; layer < trunk; layer++) {
            assertEquals(source.getLayer(layer).params(), regressor.getLayer(layer).params(), "layer " + layer);
        }
        var headBefore = regressor.getLayer(trunk).params().dup();
        for (int i = 0; i < 5; i++) {
            regressor.fit(targets());
        }
        for (int layer = 0; layer < trunk; layer++) {
            assertEquals(source.getLayer(layer).params(), regressor.getLayer(layer).params(), "layer " + layer);
        }
        assertNotEquals(headBefore, regressor.getLayer(trunk).params());
        assertEquals(sourceParams, source.params());
    }

    @Test
    void unfrozenHoldsTheSameParametersAndTrainsTheTrunk() {
        var head = new Head.Regression(1, new SpearmanLoss(0.5, 0.5));
        var frozen = Transfer.frozenTrunk(trainedClassifier(), head, 2);
        var fine = Transfer.unfrozen(frozen, SpectroNets.lstm(12, head, 3));
        assertEquals(frozen.params(), fine.params());
        var trunkBefore = fine.getLayer(0).params().dup();
        fine.fit(targets());
        assertNotEquals(trunkBefore, fine.getLayer(0).params());
    }

    @Test
    void unfreezingIntoAnotherArchitectureIsRefused() {
        var frozen = Transfer.frozenTrunk(trainedClassifier(), new Head.Regression(1, new SpearmanLoss(0, 1)), 2);
        assertThrows(IllegalArgumentException.class,
                () -> Transfer.unfrozen(frozen, SpectroNets.lstm(12, new Head.Multitask(2), 3)));
    }
}
