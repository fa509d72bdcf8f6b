package org.merlab.study.honest;

import java.util.List;

import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;

/**
 * The facts notebook 06 claims: {@code honest.<N>.<model>.<column>} of {@link HonestTables#scores} (e.g.
 * {@code honest.10.RANDOM_FOREST-rich.accuracy}), {@code paired.<N>.<model>.<metric>.<column>} of
 * {@link HonestTables#paired} (e.g. {@code paired.10.RANDOM_FOREST-rich.accuracy.pValue}) and
 * {@code gems.<N>.<model>.<emotion>.<column>} of {@link HonestTables#shares}.
 */
public final class HonestFacts {

    private HonestFacts() {
    }

    public static Facts of(Params params, List<HonestCell> cells) {
        Facts facts = Facts.of(params);
        for (HonestCell cell : cells) {
            String n = "." + cell.segments();
            facts.table("honest" + n, HonestTables.scores(cell), "model")
                    .table("paired" + n, HonestTables.paired(cell), "modelA", "metric")
                    .table("gems" + n, HonestTables.shares(cell), "model", "target");
        }
        return facts;
    }
}
