package org.merlab.study.va;

import java.util.List;
import java.util.Map;

import org.merlab.data.VaPiece;

/**
 * The out-of-fold predictions of a valence/arousal cross-validation: every piece is predicted once, by the models
 * trained on the folds that did not hold its game.
 *
 * @param pieces      the pieces, index for index with the arrays below
 * @param foldOfPiece the fold that tested each piece
 * @param predictions per model, {@code [piece][dimension][step]} (dimension 0 valence, 1 arousal)
 * @param meanBaseline the training-mean floor, {@code [piece][dimension][step]}: each fold's inner-training mean
 * @param staticBaseline the static baseline, {@code [piece][dimension][step]}: one value per piece from its audio
 * @param staticPenalties the static baseline's ridge penalty per fold and dimension, {@code [fold][dimension]}
 * @param clipMeans   per model, each unannotated clip's mean predicted valence and arousal, {@code [clip][dimension]},
 *                    averaged over the fold models (empty arrays when no clips were given)
 * @param histories   one per training run
 * @param settings    what ran
 */
public record VaRun(List<VaPiece> pieces, int[] foldOfPiece, Map<VaModel, double[][][]> predictions,
                    double[][][] meanBaseline, double[][][] staticBaseline, double[][] staticPenalties,
                    Map<VaModel, double[][]> clipMeans, List<VaHistory> histories, VaSettings settings) {

    /** The name of the training-mean floor in tables. */
    public static final String MEAN = "train-mean";
    /** The name of the static baseline in tables. */
    public static final String STATIC = "static-ridge";
    /** The rows that predict one constant per piece, which have no per-piece or within-piece correlation. */
    public static final List<String> CONSTANT_PER_PIECE = List.of(MEAN, STATIC);

    public VaRun {
        pieces = List.copyOf(pieces);
        predictions = Map.copyOf(predictions);
        clipMeans = Map.copyOf(clipMeans);
        histories = List.copyOf(histories);
    }

    /** The predictions of the row called {@code name} in tables: a model's label, {@link #MEAN} or {@link #STATIC}. */
    public double[][][] predicted(String name) {
        if (name.equals(MEAN)) {
            return meanBaseline;
        }
        if (name.equals(STATIC)) {
            return staticBaseline;
        }
        for (var e : predictions.entrySet()) {
            if (e.getKey().label().equals(name)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("no predictions named '" + name + "'");
    }

    /** The row names: each model in the settings' order, then {@link #MEAN} and {@link #STATIC}. */
    public List<String> names() {
        var names = new java.util.ArrayList<>(settings.models().stream().map(VaModel::label).toList());
        names.addAll(CONSTANT_PER_PIECE);
        return names;
    }

    /**
     * The history of {@code model} on {@code dimension} ({@code valence}, {@code arousal} or {@code both}) in
     * {@code fold}.
     *
     * @throws IllegalArgumentException if the run has no such training
     */
    public VaHistory history(VaModel model, String dimension, int fold) {
        return histories.stream().filter(h -> h.model() == model && h.dimension().equals(dimension)
                && h.fold() == fold).findFirst().orElseThrow(() -> new IllegalArgumentException("no run of "
                + model.label() + " on " + dimension + " in fold " + fold));
    }
}
