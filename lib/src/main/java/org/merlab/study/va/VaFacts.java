package org.merlab.study.va;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;

import tech.tablesaw.api.Table;

/**
 * What notebook 07 states about its run, for {@code run-notebooks --check}: which copy of the data (and whether it is
 * the stand-in), how many pieces and folds, what a group is ({@link VaSource#grouping}: games for VGMIDI, artists for
 * DEAM and emoMusic), how many groups were tested in more than one fold (0 when the folds are grouped, as they must
 * be; the fact keeps its first name, {@code va.gamesInSeveralTestFolds}), every score of a {@link VaTables#scores}
 * table as {@code va.scores.<model>.<dimension>.<grid>.<metric>.<value|low|high>} (so the static baseline's RMSE per
 * dimension is {@code va.scores.static-ridge.<dimension>.step.rmse.value}), the static baseline's ridge penalty per
 * fold and dimension, and the 4Q check: whether it ran and on which copy, and per model and centre {@code
 * va.4q.<model>.<centre>.<clips|accuracy|low|high|majority|chance>}.
 */
public final class VaFacts {

    private VaFacts() {
    }

    /**
     * The facts of a finished cross-validation.
     *
     * @param scores    {@link VaTables#scores} of {@code run}
     * @param quadrants {@link VaTables#quadrants} of {@code run} (empty when no 4Q copy was checked)
     */
    public static Facts of(Params p, VaSource source, VaRun run, Table scores, FourQSource fourQ, Table quadrants) {
        Facts facts = Facts.of(p, source.dataset())
                .put("va.dataset", source.dataset())
                .put("va.standIn", source.dataset().equals(VaSource.EMBEDDED))
                .put("va.pieces", run.pieces().size())
                .put("va.folds", run.settings().folds())
                .put("va.grouping", source.grouping())
                .put("va.gamesInSeveralTestFolds", gamesInSeveralTestFolds(run))
                .table("va.scores", scores, "model", "dimension", "grid", "metric");
        for (int f = 0; f < run.staticPenalties().length; f++) {
            for (int d = 0; d < 2; d++) {
                facts.put("va.staticPenalty." + VaSettings.DIMENSIONS.get(d) + ".fold" + (f + 1),
                        run.staticPenalties()[f][d]);
            }
        }
        return facts.put("va.4q.checked", fourQ.present()).put("va.4q.source", fourQ.statement())
                .table("va.4q", quadrants, "model", "centre");
    }

    /** Groups whose pieces were tested in different folds: each such group also trained a model it was tested on. */
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
