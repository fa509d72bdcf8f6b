package org.merlab.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterTest {

    @TempDir
    Path reports;

    private final Provenance provenance = ProvenanceTest.sample();

    private ReportWriter writer() {
        return ReportWriter.forDataset(reports, "emotify-dev", provenance);
    }

    private static XYChart chart(String title) {
        XYChart chart = new XYChartBuilder().width(400).height(300).title(title).build();
        chart.addSeries("loss", new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.4});
        return chart;
    }

    @Test
    void figureWritesPngSvgAndProvenance() throws Exception {
        List<Path> written = writer().figure("fig1-loss", chart("Training loss"));
        Path figures = reports.resolve("emotify-dev/figures");
        assertEquals(List.of(figures.resolve("fig1-loss.png"), figures.resolve("fig1-loss.svg"),
                figures.resolve("fig1-loss.provenance.json")), written);

        BufferedImage png = ImageIO.read(written.get(0).toFile());
        assertEquals(400, png.getWidth());
        assertEquals(300, png.getHeight());
        String svg = Files.readString(written.get(1));
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, 100));
        assertProvenance(written.get(2));
        assertEquals(Set.copyOf(written), list(figures), "no temp files left behind");
    }

    @Test
    void figureTitleNamesTheDatasetOnce() {
        XYChart chart = chart("Training loss");
        writer().figure("fig1-loss", chart);
        writer().figure("fig1-loss", chart);
        assertEquals("Training loss — dataset: emotify-dev", chart.getTitle());

        XYChart untitled = chart("");
        untitled.getStyler().setChartTitleVisible(false);
        writer().figure("fig2", untitled);
        assertEquals("dataset: emotify-dev", untitled.getTitle());
        assertTrue(untitled.getStyler().isChartTitleVisible());
    }

    @Test
    void tableWritesCsvMarkdownLatexAndProvenance() throws Exception {
        Table table = Table.create("scores", StringColumn.create("model", "cnn-lstm", "svm, rbf"),
                DoubleColumn.create("accuracy", 0.75, 0.5));
        List<Path> written = writer().table("tab2-scores", table);
        Path tables = reports.resolve("emotify-dev/tables");
        assertEquals(List.of(tables.resolve("tab2-scores.csv"), tables.resolve("tab2-scores.md"),
                tables.resolve("tab2-scores.tex"), tables.resolve("tab2-scores.provenance.json")), written);
        assertEquals(List.of("model,accuracy", "cnn-lstm,0.75", "\"svm, rbf\",0.5"),
                Files.readAllLines(written.get(0)));
        assertEquals(TableFormats.markdown(table), Files.readString(written.get(1)));
        assertEquals(TableFormats.latex(table), Files.readString(written.get(2)));
        assertProvenance(written.get(3));
        assertEquals(Set.copyOf(written), list(tables), "no temp files left behind");
    }

    @Test
    void rewritingReplacesFilesInPlace() throws Exception {
        Table t = Table.create("t", DoubleColumn.create("x", 1.0));
        writer().table("t", t);
        writer().table("t", t.addColumns(DoubleColumn.create("y", 2.0)));
        assertEquals(List.of("x,y", "1.0,2.0"), Files.readAllLines(reports.resolve("emotify-dev/tables/t.csv")));
        assertEquals(4, list(reports.resolve("emotify-dev/tables")).size());
    }

    @Test
    void rejectsUnstableNames() {
        for (String bad : new String[] {"Fig1", "fig_1", "fig 1", "-fig", "fig--1", "../fig", "", "fig1.png"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> writer().table(bad, Table.create("t", DoubleColumn.create("x", 1.0))), bad);
            assertTrue(e.getMessage().endsWith("got '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void rejectsADatasetOtherThanTheProvenances() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportWriter.forDataset(reports, "4q-dev", provenance));
        assertEquals("dataset '4q-dev' differs from the provenance's dataset 'emotify-dev'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportWriter.forDataset(reports, "..", provenance));
    }

    private void assertProvenance(Path file) throws IOException {
        assertEquals(new ObjectMapper().readTree(provenance.toJson()), new ObjectMapper().readTree(file.toFile()));
    }

    private static Set<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toSet());
        }
    }
}
