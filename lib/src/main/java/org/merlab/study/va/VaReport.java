package org.merlab.study.va;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.merlab.data.Quadrant;
import org.merlab.eval.BootstrapOptions;
import org.merlab.notebook.Params;
import org.merlab.report.Fingerprint;
import org.merlab.report.Plots;
import org.merlab.report.Provenance;
import org.merlab.report.ReportWriter;

/**
 * Writes a valence/arousal run under {@code <reports>/<dataset>/}: the scores and the paired differences from the
 * training mean and from the static baseline on both grids, the per-step predictions, the histories, example
 * timelines and the first fold's loss and MAE curves of every model and dimension, and, when 4Q clips were checked,
 * the quadrant accuracies and each model's confusion (table and figure, centred at the scale's midpoint), each with
 * its provenance (which names the data copy's fingerprint and the settings).
 */
public final class VaReport {

    /** Prefix of every file this study writes. */
    public static final String PREFIX = "va-";

    private VaReport() {
    }

    /** The writer for {@code source}'s folder, its provenance carrying {@code params} and {@code settings}. */
    public static ReportWriter writer(Path reportsDir, VaSource source, Params params, VaSettings settings) {
        Map<String, String> parameters = new LinkedHashMap<>(params.asMap());
        parameters.put(source.variable(), source.root().toString());
        parameters.put("settings", settings.describe());
        settings.models().forEach(m -> parameters.put("model " + m.label(), m.describe()));
        return ReportWriter.forDataset(reportsDir, source.dataset(), Provenance.capture(settings.seed(), parameters,
                source.dataset(), Fingerprint.ofTree(source.root())));
    }

    /**
     * Writes everything; returns the paths written.
     *
     * @param labels the 4Q clips' quadrants, index for index with {@link VaRun#clipMeans}; empty when none were checked
     */
    public static List<Path> write(VaRun run, List<Quadrant> labels, ReportWriter out, BootstrapOptions bootstrap) {
        List<Path> written = new ArrayList<>();
        for (VaGrid grid : VaGrid.values()) {
            written.addAll(out.table(PREFIX + "scores-" + grid.fileName(),
                    VaTables.scores(run, grid, bootstrap)));
            for (String baseline : VaRun.CONSTANT_PER_PIECE) {
                written.addAll(out.table(PREFIX + "versus-" + baseline + "-" + grid.fileName(),
                        VaTables.versus(run, baseline, grid, bootstrap)));
            }
        }
        if (!labels.isEmpty()) {
            written.addAll(out.table(PREFIX + "4q-quadrants", VaTables.quadrants(run, labels, bootstrap)));
            for (VaModel model : run.settings().models()) {
                written.addAll(out.table(PREFIX + "4q-confusion-" + model.label(),
                        VaTables.confusion(run, model, labels, VaTables.Centre.MIDPOINT)));
                written.addAll(out.figure(PREFIX + "4q-confusion-" + model.label(),
                        VaFigures.quadrantConfusion(run, model, labels, VaTables.Centre.MIDPOINT)));
            }
        }
        written.addAll(out.table(PREFIX + "predictions", VaTables.predictions(run)));
        written.addAll(out.table(PREFIX + "histories", VaTables.histories(run)));
        for (int i : VaFigures.examplePieces(run, 3)) {
            for (int d = 0; d < 2; d++) {
                written.addAll(out.figure(PREFIX + "timeline-" + safe(run.pieces().get(i).id()) + "-"
                        + VaSettings.DIMENSIONS.get(d), VaFigures.timeline(run, i, d)));
            }
        }
        for (VaHistory h : run.histories()) {
            if (h.fold() == 0) {
                for (Plots.Curve curve : List.of(Plots.Curve.LOSS, Plots.Curve.MAE)) {
                    written.addAll(out.figure(PREFIX + curve.name().toLowerCase(java.util.Locale.ROOT) + "-"
                            + h.model().label() + "-" + h.dimension(), VaFigures.curves(h, curve)));
                }
            }
        }
        return written;
    }

    /** A piece id as a report-name part: {@code vgmidi_raw_1/piece3} becomes {@code vgmidi-raw-1-piece3}. */
    static String safe(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
