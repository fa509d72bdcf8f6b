package org.merlab.study.va;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;

import tech.tablesaw.api.Table;

/**
 * What notebook 07 states about its run, for {@code run-notebooks --check}: which copy of the data (and whether it
 * is the stand-in), how many pieces and folds, how many games were tested in more than one fold (0 when the folds
 * are grouped by game, as they must be), and every score of a {@link VaTables#scores} table as
 * {@code va.scores.<model>.<dimension>.<grid>.<metric>.<value|low|high>}.
 */
public final class VaFacts {

    private VaFacts() {
    }

    /** The facts of a finished cross-validation; {@code scores} from {@link VaTables#scores} of {@code run}. */
    public static Facts of(Params p, VaSource source, VaRun run, Table scores) {
        return Facts.of(p, source.dataset())
                .put("va.dataset", source.dataset())
                .put("va.standIn", source.dataset().equals(VaSource.EMBEDDED))
                .put("va.pieces", run.pieces().size())
                .put("va.folds", run.settings().folds())
                .put("va.gamesInSeveralTestFolds", gamesInSeveralTestFolds(run))
                .table("va.scores", scores, "model", "dimension", "grid", "metric");
    }

    /** Games whose pieces were tested in different folds: each such game also trained a model it was tested on. */
    static int gamesInSeveralTestFolds(VaRun run) {
        Map<String, Integer> foldOfGame = new HashMap<>();
        Set<String> split = new HashSet<>();
        for (int i = 0; i < run.pieces().size(); i++) {
            String game = run.pieces().get(i).group();
            Integer fold = foldOfGame.putIfAbsent(game, run.foldOfPiece()[i]);
            if (fold != null && fold != run.foldOfPiece()[i]) {
                split.add(game);
            }
        }
        return split.size();
    }
}
