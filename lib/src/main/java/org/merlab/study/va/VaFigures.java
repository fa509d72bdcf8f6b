package org.merlab.study.va;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.merlab.data.Quadrant;
import org.merlab.data.VaPiece;
import org.merlab.report.Plots;

/** The figures of a valence/arousal run, built from its out-of-fold predictions and histories. */
public final class VaFigures {

    private VaFigures() {
    }

    /** One piece's annotated curve of {@code dimension} with the annotator spread, without predictions. */
    public static XYChart annotations(VaPiece piece, int dimension) {
        return Plots.timeline(piece.title() + ": " + VaSettings.DIMENSIONS.get(dimension) + " by bar",
                VaSettings.DIMENSIONS.get(dimension), piece.boundaries(), piece.target(dimension),
                piece.spread(dimension), Map.of());
    }

    /** Piece {@code i}'s annotated curve of {@code dimension} beside every model's and both baselines' predictions. */
    public static XYChart timeline(VaRun run, int i, int dimension) {
        VaPiece piece = run.pieces().get(i);
        Map<String, double[]> predicted = new LinkedHashMap<>();
        for (String name : run.names()) {
            predicted.put(name, run.predicted(name)[i][dimension]);
        }
        return Plots.timeline(piece.title() + " (test fold " + (run.foldOfPiece()[i] + 1) + "): "
                        + VaSettings.DIMENSIONS.get(dimension), VaSettings.DIMENSIONS.get(dimension),
                piece.boundaries(), piece.target(dimension), piece.spread(dimension), predicted);
    }

    /**
     * Pieces to draw: the longest test piece of each of the first {@code count} folds, so the figures show held-out
     * games of different folds.
     */
    public static List<Integer> examplePieces(VaRun run, int count) {
        List<Integer> chosen = new ArrayList<>();
        for (int f = 0; f < run.settings().folds() && chosen.size() < count; f++) {
            int best = -1;
            for (int i = 0; i < run.pieces().size(); i++) {
                if (run.foldOfPiece()[i] == f && (best < 0 || run.pieces().get(i).steps()
                        > run.pieces().get(best).steps())) {
                    best = i;
                }
            }
            if (best >= 0) {
                chosen.add(best);
            }
        }
        return chosen;
    }

    /** The 4Q confusion of {@code model} around {@code centre}, row-normalised, as every confusion figure is. */
    public static HeatMapChart quadrantConfusion(VaRun run, VaModel model, List<Quadrant> labels,
                                                 VaTables.Centre centre) {
        return Plots.confusion(VaTables.check(run, model, labels, centre, org.merlab.eval.BootstrapOptions.NONE)
                        .confusion(), java.util.Arrays.stream(Quadrant.values()).map(Quadrant::name).toList(),
                "4Q quadrants of " + model.label() + "'s mean prediction per clip (centre: " + centre.label() + ")");
    }

    /** Training and validation loss (or MAE) per epoch of one run: the report's Figs 1-2. */
    public static XYChart curves(VaHistory h, Plots.Curve curve) {
        return Plots.trainingCurves(h.history(), curve, h.model().label() + ", " + h.dimension() + ", fold "
                + (h.fold() + 1) + ": " + (curve == Plots.Curve.LOSS ? "MSE loss" : "MAE") + " per epoch");
    }
}
