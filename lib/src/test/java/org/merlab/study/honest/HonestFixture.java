package org.merlab.study.honest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.merlab.baselines.Baseline;
import org.merlab.baselines.SharesRegression;
import org.merlab.data.Gems;
import org.merlab.prep.Samples;
import org.merlab.testing.SyntheticTracks;

/**
 * A small honest study shared by this package's tests: 30 tracks of three GEMS classes, 4 segments each, a
 * "28-feature" table of 4 weak features and a "rich" one of 8 stronger ones on the same rows, listener shares that
 * favour each track's class, 2 folds.
 */
final class HonestFixture {

    static final List<String> CLASSES = List.of(Gems.TENDERNESS.label(), Gems.CALMNESS.label(), Gems.POWER.label());
    static final Samples PAPER = named(SyntheticTracks.generate(new int[] {10, 10, 10}, 4, 4, 0.3, 0.5, 1.0, 5));
    static final Samples RICH = named(SyntheticTracks.generate(new int[] {10, 10, 10}, 4, 8, 2.0, 0.3, 0.5, 6));
    static final HonestOptions OPTIONS = new HonestOptions(List.of(4), 2, 42, 200,
            List.of(Baseline.RANDOM_FOREST, Baseline.LOGISTIC_REGRESSION), List.of(SharesRegression.Model.RIDGE));

    private HonestFixture() {
    }

    static HonestStudy.Inputs inputs() {
        return new HonestStudy.Inputs(4, PAPER, RICH, shares());
    }

    static HonestCell run() {
        return HonestStudy.run(inputs(), OPTIONS, List.of(), java.util.Optional.empty());
    }

    /** Nine shares per track: 0.6 for its class, 0.1 for the other emotions. */
    static Map<String, double[]> shares() {
        Map<String, double[]> shares = new HashMap<>();
        for (int i = 0; i < RICH.size(); i++) {
            double[] s = new double[Gems.values().length];
            Arrays.fill(s, 0.1);
            s[Gems.parse(CLASSES.get(RICH.label(i))).orElseThrow().ordinal()] = 0.6;
            shares.put(RICH.group(i), s);
        }
        return shares;
    }

    private static Samples named(Samples s) {
        return new Samples(s.x(), s.y(), s.group(), CLASSES);
    }
}
