package org.merlab.models;

import java.util.Arrays;

import org.deeplearning4j.nn.conf.preprocessor.RnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A model summary table like Keras' {@code model.summary()} (and the paper's Table 3): one row per layer with its
 * index, type, output shape of one example and number of parameters.
 *
 * <p>Shapes are written in Keras order without the batch axis: {@code "14 x 128"} is 14 steps of 128 channels,
 * {@code "64"} a vector. They are measured by one inference pass on a zero example, so they are what the network
 * really produces, including the sequence layout a batch norm keeps behind its preprocessor.
 */
public final class Summary {

    private Summary() {
    }

    /**
     * The summary of {@code net} for one example of shape {@code exampleShape} (without the batch axis), e.g.
     * {@code (1, 28)} for the CNN-LSTM's NCW input of 28 steps and 1 channel.
     *
     * @return columns {@code layer} (int), {@code type}, {@code output shape} (strings) and {@code params} (long)
     */
    public static Table of(MultiLayerNetwork net, long... exampleShape) {
        var activations = net.feedForward(Nd4j.zeros(net.getLayerWiseConfigurations().getDataType(),
                withBatchOfOne(exampleShape)), false);

        var layer = IntColumn.create("layer");
        var type = StringColumn.create("type");
        var outputShape = StringColumn.create("output shape");
        var params = LongColumn.create("params");
        for (int i = 0; i < net.getnLayers(); i++) {
            layer.append(i);
            type.append(net.getLayerWiseConfigurations().getConf(i).getLayer().getClass().getSimpleName());
            boolean flattenedSequence = net.getLayerWiseConfigurations().getInputPreProcess(i)
                    instanceof RnnToFeedForwardPreProcessor;
            outputShape.append(describe(activations.get(i + 1), flattenedSequence));
            params.append(net.getLayer(i).numParams());
        }
        return Table.create("model summary", layer, type, outputShape, params);
    }

    /**
     * The summary of a single-input graph for one example of shape {@code exampleShape}, one row per vertex in
     * topological order (the input left out).
     *
     * @return columns {@code vertex}, {@code type}, {@code output shape} (strings) and {@code params} (long)
     */
    public static Table of(ComputationGraph graph, long... exampleShape) {
        var activations = graph.feedForward(new INDArray[] {Nd4j.zeros(graph.getConfiguration().getDataType(),
                withBatchOfOne(exampleShape))}, false);
        var vertex = StringColumn.create("vertex");
        var type = StringColumn.create("type");
        var outputShape = StringColumn.create("output shape");
        var params = LongColumn.create("params");
        for (int index : graph.topologicalSortOrder()) {
            var v = graph.getVertices()[index];
            if (v.isInputVertex()) {
                continue;
            }
            vertex.append(v.getVertexName());
            type.append(v.hasLayer() ? v.getLayer().conf().getLayer().getClass().getSimpleName()
                    : graph.getConfiguration().getVertices().get(v.getVertexName()).getClass().getSimpleName());
            outputShape.append(describe(activations.get(v.getVertexName()), false));
            params.append(v.hasLayer() ? v.getLayer().numParams() : 0);
        }
        return Table.create("model summary", vertex, type, outputShape, params);
    }

    private static long[] withBatchOfOne(long[] exampleShape) {
        if (exampleShape.length == 0) {
            throw new IllegalArgumentException("exampleShape must name at least one dimension");
        }
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = 1;
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        return shape;
    }

    /**
     * One example's shape in Keras order. A rank-3 NCW activation {@code [1][channels][steps]} reads
     * {@code "steps x channels"}; behind an RNN-to-feed-forward preprocessor the batch of one was flattened to
     * {@code [steps][channels]}, which reads the same way.
     */
    private static String describe(INDArray activation, boolean flattenedSequence) {
        long[] s = activation.shape();
        if (s.length == 3) {
            return s[2] + " x " + s[1];
        }
        if (flattenedSequence && s.length == 2) {
            return s[0] + " x " + s[1];
        }
        return String.join(" x ", Arrays.stream(s).skip(1).mapToObj(Long::toString).toList());
    }
}
