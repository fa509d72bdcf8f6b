package org.merlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.api.NeuralNetwork;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.samediff.AbstractSameDiffLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The few operations the {@link Trainer} needs, over DL4J's two network types (one input, one output), so one
 * training loop serves both.
 */
abstract class Network {

    private final NeuralNetwork net;
    private final Model model;

    private Network(NeuralNetwork net, Model model) {
        this.net = net;
        this.model = model;
    }

    /** One parameter update on {@code batch}, in training mode. */
    final void fit(DataSet batch) {
        net.fit(batch);
    }

    /** The loss of the last {@link #fit} batch, computed in training mode before its update (Keras' batch loss). */
    final double lastBatchLoss() {
        return model.score();
    }

    final INDArray params() {
        return net.params();
    }

    final void setParams(INDArray params) {
        model.setParams(params);
    }

    /** The network's own loss on {@code batch} in inference mode, averaged over its examples. */
    abstract double loss(DataSet batch);

    /** The output activations of {@code batch} in inference mode (masks honoured). */
    abstract INDArray output(DataSet batch);

    /** Sets the rate of every layer's updater, {@link #setSameDiffRates SameDiff layers} included. */
    abstract void setLearningRate(double rate);

    /** Every batch-normalisation layer, in forward order. */
    abstract List<Layer> batchNormLayers();

    /**
     * The activations entering {@code layer} (before its input pre-processor) for {@code batch}, inference mode, as
     * an array the caller owns and closes; every other activation of the forward pass is closed here, so the pass
     * leaves no native memory waiting for the garbage collector.
     */
    abstract INDArray inputOf(Layer layer, DataSet batch);

    /**
     * Whether {@link #advance} can resume a forward pass of {@code batch}: not in a graph, nor for a masked batch,
     * whose masks only a pass from the input carries through the layers.
     */
    abstract boolean resumable(DataSet batch);

    /**
     * The activations entering {@code to} (before its input pre-processor) in inference mode, computed from {@code in},
     * those entering the earlier layer {@code from}: the rest of a forward pass that {@link #inputOf} began, as an
     * array the caller owns (every other activation is closed here); {@code rows} is the batch's number of examples,
     * which pre-processors from feed-forward back to sequences need. Only where {@link #resumable} says so.
     */
    abstract INDArray advance(Layer from, INDArray in, Layer to, int rows);

    /** A copy of {@code keep}, after closing every activation of {@code all} but the network's input. */
    private static INDArray keepOnly(INDArray keep, Iterable<INDArray> all, INDArray input) {
        INDArray copy = keep.detach().dup();
        for (INDArray a : all) {
            if (a != null && a != input && a.closeable()) {
                a.close();
            }
        }
        return copy;
    }

    /**
     * DL4J's {@code setLearningRate} changes the updaters of {@code BaseLayer}s only: a SameDiff layer (attention,
     * layer norm, frame and position embeddings, the multitask output) would keep the rate it was built with, through
     * every configured rate, plateau halving and warm-up. Its updater configurations are the ones its gradient
     * updaters read each step, so setting them here takes effect at once.
     */
    private static void setSameDiffRates(Layer[] layers, double rate) {
        for (Layer layer : layers) {
            if (layer.conf().getLayer() instanceof AbstractSameDiffLayer s) {
                for (IUpdater u : new IUpdater[] {s.getUpdater(), s.getBiasUpdater()}) {
                    if (u != null && u.hasLearningRate()) {
                        u.setLrAndSchedule(rate, null);
                    }
                }
            }
        }
    }

    private static boolean isBatchNorm(Layer layer) {
        return layer.conf().getLayer() instanceof BatchNormalization;
    }

    /** The operations of {@code model}, a multi-layer network or a graph. */
    static Network of(Model model) {
        return switch (model) {
            case MultiLayerNetwork net -> of(net);
            case ComputationGraph graph -> of(graph);
            default -> throw new IllegalArgumentException("not a MultiLayerNetwork or ComputationGraph: "
                    + model.getClass().getSimpleName());
        };
    }

    static Network of(MultiLayerNetwork net) {
        return new Network(net, net) {
            @Override
            double loss(DataSet batch) {
                return net.score(batch, false);
            }

            @Override
            INDArray output(DataSet batch) {
                return net.output(batch.getFeatures(), false, batch.getFeaturesMaskArray(),
                        batch.getLabelsMaskArray());
            }

            @Override
            void setLearningRate(double rate) {
                net.setLearningRate(rate);
                setSameDiffRates(net.getLayers(), rate);
            }

            @Override
            List<Layer> batchNormLayers() {
                return Arrays.stream(net.getLayers()).filter(Network::isBatchNorm).toList();
            }

            @Override
            INDArray inputOf(Layer layer, DataSet batch) {
                int index = layer.getIndex();
                if (index == 0) {
                    return batch.getFeatures().dup();
                }
                net.setLayerMaskArrays(batch.getFeaturesMaskArray(), batch.getLabelsMaskArray());
                try {
                    // Element i of the list is the output of layer i - 1 (element 0 is the input).
                    List<INDArray> activations = net.feedForwardToLayer(index - 1, batch.getFeatures(), false);
                    return keepOnly(activations.get(index), activations, batch.getFeatures());
                } finally {
                    net.clearLayerMaskArrays();
                }
            }

            @Override
            boolean resumable(DataSet batch) {
                return batch.getFeaturesMaskArray() == null && batch.getLabelsMaskArray() == null;
            }

            @Override
            INDArray advance(Layer from, INDArray in, Layer to, int rows) {
                // What MultiLayerNetwork's inference pass does per layer (its activateSelectedLayers needs two or
                // more layers and leaves every intermediate to the garbage collector).
                var conf = net.getLayerWiseConfigurations();
                var workspaces = LayerWorkspaceMgr.noWorkspaces(net.getHelperWorkspaces());
                List<INDArray> made = new ArrayList<>();
                INDArray a = in;
                for (int l = from.getIndex(); l < to.getIndex(); l++) {
                    InputPreProcessor pre = conf.getInputPreProcess(l);
                    if (pre != null) {
                        a = pre.preProcess(a, rows, workspaces);
                        made.add(a);
                    }
                    a = net.getLayer(l).activate(a, false, workspaces);
                    made.add(a);
                }
                return keepOnly(a, made, in);
            }
        };
    }

    static Network of(ComputationGraph net) {
        if (net.getNumInputArrays() != 1 || net.getNumOutputArrays() != 1) {
            throw new IllegalArgumentException("the trainer takes graphs with one input and one output, got "
                    + net.getNumInputArrays() + " and " + net.getNumOutputArrays());
        }
        return new Network(net, net) {
            @Override
            double loss(DataSet batch) {
                return net.score(batch, false);
            }

            @Override
            INDArray output(DataSet batch) {
                return net.output(false, new INDArray[] {batch.getFeatures()}, masks(batch.getFeaturesMaskArray()),
                        masks(batch.getLabelsMaskArray()))[0];
            }

            private static INDArray[] masks(INDArray mask) {
                return mask == null ? null : new INDArray[] {mask};
            }

            @Override
            void setLearningRate(double rate) {
                net.setLearningRate(rate);
                setSameDiffRates(net.getLayers(), rate);
            }

            @Override
            List<Layer> batchNormLayers() {
                List<Layer> layers = new ArrayList<>();
                for (int v : net.topologicalSortOrder()) {
                    var vertex = net.getVertices()[v];
                    if (vertex.hasLayer() && isBatchNorm(vertex.getLayer())) {
                        layers.add(vertex.getLayer());
                    }
                }
                return layers;
            }

            @Override
            INDArray inputOf(Layer layer, DataSet batch) {
                String name = layer.conf().getLayer().getLayerName();
                List<String> inputs = net.getConfiguration().getVertexInputs().get(name);
                if (inputs.size() != 1) {
                    throw new IllegalArgumentException("batch-norm vertex " + name + " has " + inputs.size()
                            + " inputs");
                }
                net.setLayerMaskArrays(masks(batch.getFeaturesMaskArray()), masks(batch.getLabelsMaskArray()));
                try {
                    int index = net.getVertex(name).getVertexIndex();
                    var activations = net.feedForward(new INDArray[] {batch.getFeatures()}, index, false, false);
                    INDArray in = activations.get(inputs.get(0));
                    return keepOnly(in == null ? batch.getFeatures() : in, activations.values(), batch.getFeatures());
                } finally {
                    net.clearLayerMaskArrays();
                }
            }

            @Override
            boolean resumable(DataSet batch) {
                return false;
            }

            @Override
            INDArray advance(Layer from, INDArray in, Layer to, int rows) {
                throw new IllegalStateException("a graph's forward pass starts at its input (see resumable)");
            }
        };
    }
}
