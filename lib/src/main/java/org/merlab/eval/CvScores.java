package org.merlab.eval;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pooled out-of-fold predictions scored once, at segment level and at track level (mean segment probabilities per
 * track), with 95% bootstrap intervals resampling the fold set's groups, beside two reference rows on the same
 * pooled rows:
 * <ul>
 *   <li>{@value #MAJORITY}: each fold's most frequent training class, for every row of that fold (on balanced data
 *       this can score below {@code 1/k}: a fold's largest training class is the one its test part holds least
 *       of, as with scikit-learn's {@code DummyClassifier} in cross-validation);</li>
 *   <li>{@value #CHANCE}: labels drawn from each fold's training class shares; its value is the mean over
 *       {@value Chance#DRAWS} draws, its interval redraws in every resample.</li>
 * </ul>
 * Training shares are those of the fold's rows outside its test part ({@link org.merlab.prep.FoldSet#trainingShares}).
 * At track level a track's shares are the mean of its rows'.
 */
public final class CvScores {

    public static final String MAJORITY = "MAJORITY_CLASS";
    public static final String CHANCE = "STRATIFIED_CHANCE";
    public static final String SEGMENT = "segment";
    public static final String TRACK = "track";

    private CvScores() {
    }

    /** The model's rows and the two reference rows, segment level first. */
    public static List<ScoreRow> of(OutOfFold model, BootstrapOptions options) {
        return of(List.of(model), options);
    }

    /**
     * Every model's rows, then the reference rows once, per level (segment, then track).
     *
     * @throws EvalException if the models were not scored on the same pooled rows
     */
    public static List<ScoreRow> of(List<OutOfFold> models, BootstrapOptions options) {
        if (models.isEmpty()) {
            throw new EvalException("no model to score");
        }
        OutOfFold first = models.getFirst();
        models.forEach(first::requireSameRows);
        int k = first.classes().size();
        int[] truth = first.truth();
        String[] clusters = first.clusters();
        double[][] shares = first.rowShares();
        List<ScoreRow> rows = new ArrayList<>();
        for (OutOfFold m : models) {
            rows.add(row(m.model(), SEGMENT, truth, m.predicted(), clusters, k, options));
        }
        references(rows, SEGMENT, truth, shares, clusters, k, options);

        TrackLevel tracks = null;
        for (OutOfFold m : models) {
            tracks = TrackLevel.of(truth, m.probabilities(), m.tracks(), clusters, k);
            rows.add(row(m.model(), TRACK, tracks.truth(), Probabilities.argmax(tracks.probabilities()),
                    tracks.clusters(), k, options));
        }
        references(rows, TRACK, tracks.truth(), TrackLevel.means(first.tracks(), shares), tracks.clusters(), k,
                options);
        return rows;
    }

    /** One row per score: model, level, rows, then each metric's value, {@code Low} and {@code High}. */
    public static Table table(List<ScoreRow> rows) {
        Table table = Table.create("cv-scores", StringColumn.create("model"), StringColumn.create("level"),
                IntColumn.create("rows"));
        for (Metric m : Metric.values()) {
            table.addColumns(DoubleColumn.create(m.column()), DoubleColumn.create(m.column() + "Low"),
                    DoubleColumn.create(m.column() + "High"));
        }
        for (ScoreRow row : rows) {
            table.stringColumn("model").append(row.model());
            table.stringColumn("level").append(row.level());
            table.intColumn("rows").append(row.rows());
            for (Metric m : Metric.values()) {
                table.doubleColumn(m.column()).append(row.values().get(m));
                Interval ci = row.intervals().get(m);
                if (ci == null) {
                    table.doubleColumn(m.column() + "Low").appendMissing();
                    table.doubleColumn(m.column() + "High").appendMissing();
                } else {
                    table.doubleColumn(m.column() + "Low").append(ci.low());
                    table.doubleColumn(m.column() + "High").append(ci.high());
                }
            }
        }
        return Tables.fourDecimals(table);
    }

    private static void references(List<ScoreRow> rows, String level, int[] truth, double[][] shares,
                                   String[] clusters, int k, BootstrapOptions options) {
        rows.add(row(MAJORITY, level, truth, Probabilities.argmax(shares), clusters, k, options));
        rows.add(new ScoreRow(CHANCE, level, truth.length, Chance.expected(truth, shares, k, options.seed()),
                Chance.intervals(truth, shares, clusters, k, options)));
    }

    private static ScoreRow row(String model, String level, int[] truth, int[] predicted, String[] clusters, int k,
                                BootstrapOptions options) {
        ConfusionMatrix confusion = ConfusionMatrix.of(truth, predicted, k);
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, m.of(confusion));
        }
        return new ScoreRow(model, level, truth.length, values,
                Bootstrap.byTrack(truth, predicted, clusters, k, options));
    }
}
