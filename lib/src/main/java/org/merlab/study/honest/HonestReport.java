package org.merlab.study.honest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.merlab.data.Gems;
import org.merlab.eval.CvScores;
import org.merlab.eval.Metric;
import org.merlab.eval.ScoreRow;
import org.merlab.eval.TargetScores;
import org.merlab.report.Plots;
import org.merlab.report.Provenance;
import org.merlab.report.ReportWriter;

/** Writes notebook 06's tables and figures into {@code reports/<dataset>/{tables,figures}/}, with provenance. */
public final class HonestReport {

    private HonestReport() {
    }

    /** Track accuracy of every model and of the two reference rows, one bar each. */
    public static CategoryChart accuracyFigure(HonestCell cell) {
        List<ScoreRow> track = cell.scores().stream().filter(r -> r.level().equals(CvScores.TRACK)).toList();
        return Plots.bar("Track accuracy, honest " + cell.models().getFirst().trainingShares().length + "-fold CV, N="
                        + cell.segments(), track.stream().map(ScoreRow::model).toList(),
                track.stream().map(r -> r.values().get(Metric.ACCURACY)).toList(), "model", "track accuracy");
    }

    /** Spearman of predicted and listener shares per GEMS emotion, one series per share regression. */
    public static CategoryChart sharesFigure(HonestCell cell) {
        List<String> emotions = Arrays.stream(Gems.values()).map(Gems::label).toList();
        List<String> models = cell.shares().stream().map(TargetScores::model).distinct().toList();
        double[][] values = new double[models.size()][emotions.size()];
        for (TargetScores t : cell.shares()) {
            values[models.indexOf(t.model())][emotions.indexOf(t.target())] = Double.isFinite(t.spearman())
                    ? t.spearman() : 0;
        }
        return Plots.groupedBars("Spearman of predicted and listener shares, N=" + cell.segments(), "Spearman rho",
                emotions, models, values);
    }

    /**
     * Every table ({@link HonestTables}) and figure of {@code cells}, and the settings table.
     *
     * @return every file written
     */
    public static List<Path> write(List<HonestCell> cells, HonestOptions options, Path reports, Provenance provenance) {
        ReportWriter writer = ReportWriter.forDataset(reports, provenance.dataset(),
                provenance.withParameters(options.describe()));
        List<Path> written = new ArrayList<>(writer.table("honest-settings", HonestTables.settings(options)));
        for (HonestCell cell : cells) {
            String n = "-n" + cell.segments();
            written.addAll(writer.table("honest-models" + n, HonestTables.scores(cell)));
            written.addAll(writer.table("honest-paired" + n, HonestTables.paired(cell)));
            written.addAll(writer.figure("honest-track-accuracy" + n, accuracyFigure(cell)));
            if (!cell.shares().isEmpty()) {
                written.addAll(writer.table("honest-gems" + n, HonestTables.shares(cell)));
                written.addAll(writer.figure("honest-gems-spearman" + n, sharesFigure(cell)));
            }
        }
        return written;
    }
}
