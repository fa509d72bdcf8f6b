package org.merlab.report;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.Table;

/**
 * Writes a notebook's figures and tables under {@code REPORTS/DATASET/}, each file atomically
 * ({@link AtomicFiles}) with a stable name and a {@code NAME.provenance.json} beside it:
 * <ul>
 *   <li>{@code figures/NAME.png}, {@code figures/NAME.svg} (XChart's VectorGraphicsEncoder, VectorGraphics2D);</li>
 *   <li>{@code tables/NAME.csv}, {@code tables/NAME.md} (GitHub Markdown), {@code tables/NAME.tex} (booktabs).</li>
 * </ul>
 * Names are lowercase letters and digits in dash-separated words ({@code fig12-confusion-cnn-lstm-n20}), so
 * re-running a notebook replaces its outputs instead of piling up timestamped copies.
 */
public final class ReportWriter {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATASET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path dir;
    private final String dataset;
    private final Provenance provenance;

    private ReportWriter(Path dir, String dataset, Provenance provenance) {
        this.dir = dir;
        this.dataset = dataset;
        this.provenance = provenance;
    }

    /**
     * A writer into {@code reportsDir/dataset/}.
     *
     * @throws IllegalArgumentException if {@code dataset} is not a plain folder name or differs from
     *                                  {@code provenance.dataset()} (a figure would be labelled with the wrong data)
     */
    public static ReportWriter forDataset(Path reportsDir, String dataset, Provenance provenance) {
        if (!DATASET.matcher(dataset).matches()) {
            throw new IllegalArgumentException("dataset must be a plain folder name (letters, digits, . _ -), got '"
                    + dataset + "'");
        }
        if (!dataset.equals(provenance.dataset())) {
            throw new IllegalArgumentException("dataset '" + dataset + "' differs from the provenance's dataset '"
                    + provenance.dataset() + "'");
        }
        return new ReportWriter(reportsDir.resolve(dataset), dataset, provenance);
    }

    /** {@code reportsDir/dataset}: where this writer puts everything. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes {@code figures/NAME.png}, {@code .svg} and {@code .provenance.json}. First makes the chart name its
     * dataset: appends " — dataset: DATASET" to its title (unless the title already says so) and shows the title.
     *
     * @return the written paths: png, svg, provenance
     */
    public List<Path> figure(String name, Chart<?, ?> chart) {
        checkName(name);
        String title = chart.getTitle() == null ? "" : chart.getTitle();
        String label = "dataset: " + dataset;
        if (!title.contains(label)) {
            chart.setTitle(title.isBlank() ? label : title + " — " + label);
        }
        chart.getStyler().setChartTitleVisible(true);
        Path figures = dir.resolve("figures");
        return List.of(
                AtomicFiles.write(figures.resolve(name + ".png"),
                        out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG)),
                AtomicFiles.write(figures.resolve(name + ".svg"),
                        out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                                VectorGraphicsEncoder.VectorGraphicsFormat.SVG)),
                writeProvenance(figures, name));
    }

    /**
     * Writes {@code tables/NAME.csv}, {@code .md}, {@code .tex} ({@link TableFormats}) and {@code .provenance.json}.
     *
     * @return the written paths: csv, md, tex, provenance
     */
    public List<Path> table(String name, Table table) {
        checkName(name);
        if (table.columnCount() == 0) {
            throw new IllegalArgumentException("table '" + name + "' has no columns");
        }
        Path tables = dir.resolve("tables");
        return List.of(
                AtomicFiles.write(tables.resolve(name + ".csv"), out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    table.write().csv(writer);
                    writer.flush();
                }),
                AtomicFiles.writeString(tables.resolve(name + ".md"), TableFormats.markdown(table)),
                AtomicFiles.writeString(tables.resolve(name + ".tex"), TableFormats.latex(table)),
                writeProvenance(tables, name));
    }

    private Path writeProvenance(Path folder, String name) {
        return AtomicFiles.writeString(folder.resolve(name + ".provenance.json"), provenance.toJson());
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("report name must be lowercase letters and digits in dash-separated "
                    + "words (e.g. fig3-mfcc-means), got '" + name + "'");
        }
    }
}
