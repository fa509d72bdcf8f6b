package org.merlab.study.va;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.merlab.models.VaLstm;
import org.merlab.models.VaTransformer;
import org.merlab.train.ReduceLrOnPlateau;
import org.merlab.train.TrainConfig;

/**
 * The valence/arousal networks of a run with their optimiser settings. The report gives Adam for the LSTM (Keras'
 * default rate 1e-3) and Adam 1e-5 with batch 8 for its Transformer, a fine-tuning setting for a pretrained BERT
 * that it never trained from scratch; {@link #TRANSFORMER_SCRATCH} is a from-scratch setting (Adam 5e-4 after a
 * linear warm-up). All use batch 8 (the report's only batch size), the plateau schedule's defaults and early
 * stopping on the inner validation loss with the best epoch restored.
 */
public enum VaModel {
    /** The report's LSTM, one network per dimension. */
    LSTM("lstm", 1e-3, 0, 1),
    /** The report's LSTM with one network for both dimensions (two outputs per step). */
    LSTM_JOINT("lstm-joint", 1e-3, 0, 2),
    /** The Transformer with the report's settings (Adam 1e-5, batch 8). */
    TRANSFORMER_REPORT("transformer-report", 1e-5, 0, 1),
    /** The Transformer from scratch: Adam 5e-4, linear warm-up over the first 3 epochs. */
    TRANSFORMER_SCRATCH("transformer-scratch", 5e-4, 3, 1);

    /** The report's batch size. */
    public static final int BATCH = 8;

    private final String label;
    private final double rate;
    private final int warmUpEpochs;
    private final int outputs;

    VaModel(String label, double rate, int warmUpEpochs, int outputs) {
        this.label = label;
        this.rate = rate;
        this.warmUpEpochs = warmUpEpochs;
        this.outputs = outputs;
    }

    /** The name in tables and figure files, e.g. {@code transformer-scratch}. */
    public String label() {
        return label;
    }

    /** Values per step: 1 (one network per dimension) or 2 (valence and arousal jointly). */
    public int outputs() {
        return outputs;
    }

    /** The initialised network for {@code nIn} inputs per step. */
    public MultiLayerNetwork build(int nIn, long seed) {
        return build(nIn, outputs, seed);
    }

    /** The network with {@code outputs} values per step instead of its own (a bundle predicts both dimensions). */
    public MultiLayerNetwork build(int nIn, int outputs, long seed) {
        return this == LSTM || this == LSTM_JOINT ? VaLstm.build(nIn, outputs, seed)
                : VaTransformer.buildRegressor(nIn, outputs, VaTransformer.Options.DEFAULT, seed);
    }

    /**
     * The run's settings.
     *
     * @param trainingPieces pieces in the inner training part, which set the updates per epoch of the warm-up
     */
    public TrainConfig config(int epochs, int patience, int trainingPieces) {
        int updatesPerEpoch = Math.max(1, trainingPieces / BATCH);
        return new TrainConfig(epochs, BATCH, rate, ReduceLrOnPlateau.defaults(), patience)
                .withWarmUpUpdates(warmUpEpochs * updatesPerEpoch);
    }

    /** One line for the notebook, e.g. {@code transformer-scratch: Adam 5e-04, batch 8, warm-up 3 epochs}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s: Adam %.0e, batch %d, %s, %s", label, rate, BATCH,
                warmUpEpochs == 0 ? "no warm-up" : "linear warm-up over " + warmUpEpochs + " epochs",
                outputs == 1 ? "one network per dimension" : "one network for both dimensions");
    }
}
