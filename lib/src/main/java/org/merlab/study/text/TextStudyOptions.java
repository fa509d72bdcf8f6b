package org.merlab.study.text;

import java.util.List;

import org.merlab.notebook.Params;
import org.merlab.text.TfIdfOptions;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The text study's settings, stated once and shown by the notebook.
 *
 * @param seed              weights, shuffling and dropout seed
 * @param minCount          a word joins the vocabulary when seen this often in the training split
 * @param coverage          the maximum length leaves this share of training texts untruncated
 * @param lstmEpochs        most epochs of the LSTM (early stopping may end sooner)
 * @param transformerEpochs most epochs of the Transformer
 * @param learningRate      Adam's rate for both networks
 * @param batchSize         texts per update
 * @param patience          early-stopping patience on the validation loss; the best epoch is restored
 * @param classWeights      balanced class weights in the networks' loss (surprise is 4% of training)
 * @param tfidf             the baseline's vectoriser
 * @param lambdas           the baseline's penalties, chosen on the validation split
 * @param bootstrap         bootstrap resamples for the intervals
 * @param smoke             small models for the one-minute check
 */
public record TextStudyOptions(long seed, int minCount, double coverage, int lstmEpochs, int transformerEpochs,
                               double learningRate, int batchSize, int patience,
                               boolean classWeights, TfIdfOptions tfidf, List<Double> lambdas, int bootstrap,
                               boolean smoke) {

    /**
     * Full-mode epochs when {@code MERLAB_EPOCHS} is unset, chosen so the full study stays near 20 minutes on the
     * shared 2-core machine: measured there (load 6-9), an LSTM epoch of 16,000 texts takes about 170 s of updates
     * plus 60 s of scoring, a Transformer epoch about 70 s plus 25 s.
     */
    public static final int LSTM_EPOCHS = 3;
    public static final int TRANSFORMER_EPOCHS = 5;

    public TextStudyOptions {
        lambdas = List.copyOf(lambdas);
    }

    /**
     * From the notebook parameters: {@code MERLAB_SEED}; {@code MERLAB_EPOCHS} for both networks, else
     * {@value #LSTM_EPOCHS} (LSTM) and {@value #TRANSFORMER_EPOCHS} (Transformer), 3 each in smoke mode; Adam 1e-3
     * (1e-2 in smoke mode, where a few hundred texts give few updates); words seen twice, 99% coverage, batch 64 (16
     * in smoke mode), patience 2, no class weights; TF-IDF words 1-2 and characters 2-5 with lambda 0.1 (one fit:
     * 164 s here; see {@code TfIdfLogistic#LAMBDAS} for the alternatives measured); 1000 bootstrap resamples (200 in
     * smoke mode).
     */
    public static TextStudyOptions from(Params p) {
        int lstm = p.epochs(LSTM_EPOCHS, 3);
        int transformer = p.epochs().isPresent() ? lstm : p.choose(TRANSFORMER_EPOCHS, 3);
        return new TextStudyOptions(p.seed(), 2, 0.99, lstm, transformer, p.choose(1e-3, 1e-2), p.choose(64, 16), 2,
                false, TfIdfOptions.DEFAULT, List.of(0.1), p.choose(1000, 200), p.smoke());
    }

    public TextStudyOptions withClassWeights(boolean value) {
        return new TextStudyOptions(seed, minCount, coverage, lstmEpochs, transformerEpochs, learningRate, batchSize,
                patience, value, tfidf, lambdas, bootstrap, smoke);
    }

    /** One row per setting, for the notebook. */
    public Table table() {
        List<String> names = List.of("seed", "minCount", "coverage", "lstmEpochs", "transformerEpochs",
                "learningRate", "batchSize", "patience", "classWeights", "tfidf", "lambdas", "bootstrap", "smoke");
        List<String> values = List.of(String.valueOf(seed), String.valueOf(minCount), String.valueOf(coverage),
                String.valueOf(lstmEpochs), String.valueOf(transformerEpochs), String.valueOf(learningRate),
                String.valueOf(batchSize), String.valueOf(patience),
                String.valueOf(classWeights), tfidf.toString(), lambdas.toString(), String.valueOf(bootstrap),
                String.valueOf(smoke));
        return Table.create("text study settings", StringColumn.create("setting", names),
                StringColumn.create("value", values));
    }
}
