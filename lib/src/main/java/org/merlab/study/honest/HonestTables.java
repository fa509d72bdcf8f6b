package org.merlab.study.honest;

import org.merlab.baselines.Baseline;
import org.merlab.baselines.SharesRegression;
import org.merlab.eval.CvScores;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.TargetScores;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tables of notebook 06, one set per N ({@code <name>-n<N>}), all at track level. */
public final class HonestTables {

    private HonestTables() {
    }

    /**
     * Every model, then the majority-class and stratified-chance rows, at track level: accuracy, balanced accuracy,
     * macro-F1, MCC (and the other {@code eval.Metric}s) with 95% group-bootstrap intervals.
     */
    public static Table scores(HonestCell cell) {
        Table all = CvScores.table(cell.scores());
        Table track = all.where(all.stringColumn("model").isNotMissing()
                .and(all.stringColumn("level").isEqualTo(CvScores.TRACK)));
        return track.removeColumns("level").setName("honest-models-n" + cell.segments());
    }

    /** Each model against {@value HonestStudy#REFERENCE} at track level: paired bootstrap and McNemar. */
    public static Table paired(HonestCell cell) {
        Table all = PairedComparison.table(cell.comparisons());
        return all.where(all.stringColumn("level").isEqualTo(CvScores.TRACK)).removeColumns("level")
                .setName("honest-paired-n" + cell.segments());
    }

    /** Per share regression and GEMS emotion: Spearman, Pearson, intervals, MSE, spread. */
    public static Table shares(HonestCell cell) {
        return TargetScores.table("honest-gems-n" + cell.segments(), cell.shares());
    }

    /** What every model is: features, settings. */
    public static Table settings(HonestOptions options) {
        Table t = Table.create("honest-settings", StringColumn.create("model"), StringColumn.create("features"),
                StringColumn.create("settings"));
        add(t, HonestStudy.REFERENCE, "paper's 28 segment means", Baseline.RANDOM_FOREST.hyperParameters());
        for (Baseline b : options.classifiers()) {
            add(t, b.name() + HonestStudy.RICH, RICH_FEATURES, b.hyperParameters());
        }
        for (SharesRegression.Model m : options.regressors()) {
            add(t, HonestStudy.GEMS + m.name() + HonestStudy.RICH, RICH_FEATURES + ", averaged per track",
                    m.settings() + "; class = argmax of the predicted shares");
        }
        return t;
    }

    private static final String RICH_FEATURES = "harmonic, tempo, mean and SD of 65 frame rows (chroma 12, rms, "
            + "centroid, bandwidth, rolloff, zcr, MFCC 20, MFCC delta 20, contrast 7, flatness)";

    private static void add(Table t, String model, String features, String settings) {
        t.stringColumn("model").append(model);
        t.stringColumn("features").append(features);
        t.stringColumn("settings").append(settings);
    }
}
