package org.merlab.study.sequence;

import java.util.Locale;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.models.Crnn;
import org.merlab.models.VaLstm;
import org.merlab.models.VaTransformer;
import org.merlab.train.ReduceLrOnPlateau;
import org.merlab.train.TrainConfig;

/**
 * The three segment classifiers over log-mel steps, each an encoder of the valence/arousal study under a softmax
 * over the pooled steps, with the optimiser settings of that study: the LSTM ({@link VaLstm#classifier}, Adam 1e-3),
 * the Transformer encoder from scratch ({@link VaTransformer#classifier} with its default shape, Adam 5e-4 after a
 * linear warm-up over 3 epochs, as {@code study.va.VaModel.TRANSFORMER_SCRATCH}) and the CRNN ({@link Crnn}: two
 * 1-D convolutions, then the LSTM's layer, Adam 1e-3). All pool by the mean over steps.
 */
public enum SequenceModel {
    LSTM(1e-3, 0),
    TRANSFORMER(5e-4, 3),
    CRNN(1e-3, 0);

    private final double rate;
    private final int warmUpEpochs;

    SequenceModel(double rate, int warmUpEpochs) {
        this.rate = rate;
        this.warmUpEpochs = warmUpEpochs;
    }

    /** The model's name in result stores and tables, e.g. {@code logmel-lstm}. */
    public String label() {
        return "logmel-" + name().toLowerCase(Locale.ROOT);
    }

    /** A freshly initialised network over {@code [nMels][steps]} inputs with {@code classes} outputs. */
    public MultiLayerNetwork build(int nMels, int steps, int classes, long seed) {
        return switch (this) {
            case LSTM -> VaLstm.buildClassifier(nMels, classes, seed);
            case TRANSFORMER -> VaTransformer.buildClassifier(nMels, classes, VaTransformer.Options.DEFAULT, seed);
            case CRNN -> Crnn.build(nMels, classes, steps, seed);
        };
    }

    /** The training settings for a fold whose inner training part has {@code trainingRows} segments. */
    public TrainConfig config(SequenceSettings settings, int trainingRows) {
        int updatesPerEpoch = Math.max(1, trainingRows / settings.batchSize());
        return new TrainConfig(settings.epochs(), settings.batchSize(), rate, ReduceLrOnPlateau.defaults(),
                settings.patience()).withWarmUpUpdates(warmUpEpochs * updatesPerEpoch);
    }

    /** One line for a notebook, e.g. {@code logmel-transformer: Adam 5e-04, linear warm-up over 3 epochs}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: Adam %.0e, %s, mean over steps", label(), rate,
                warmUpEpochs == 0 ? "no warm-up" : "linear warm-up over " + warmUpEpochs + " epochs");
    }
}
