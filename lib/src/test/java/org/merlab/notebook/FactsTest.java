package org.merlab.notebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsTest {

    @TempDir
    Path root;

    private static final Table LEAKAGE = Table.create("leakage", IntColumn.create("segments", 20, 20),
            StringColumn.create("protocol", "published", "honest"), IntColumn.create("testRows", 700, 320),
            DoubleColumn.create("leakedShare", 0.99, 0));

    @Test
    void jsonHoldsTheDatasetTheParametersAsTheyRanAndTheNamedFacts() throws Exception {
        Params p = Params.from(Map.of("MERLAB_SMOKE", "1"), root);
        p.epochs(60, 2);
        JsonNode json = new ObjectMapper().readTree(Facts.of(p).put("tracks", 72).put("ok", true)
                .put("note", "x").put("accuracy", Double.NaN).json());
        assertEquals("embedded", json.get("dataset").asText());
        assertEquals("2", json.get("parameters").get("MERLAB_EPOCHS").asText(), "the epochs that ran");
        assertEquals(p.asMap().keySet(), iterable(json.get("parameters")));
        assertEquals(72, json.get("facts").get("tracks").asInt());
        assertTrue(json.get("facts").get("ok").asBoolean());
        assertEquals("NaN", json.get("facts").get("accuracy").asText(), "kept, so a rule asking for a number fails");
    }

    @Test
    void aStudyWithDataOfItsOwnNamesThatDatasetWithTheSameParameters() throws Exception {
        Params p = Params.from(Map.of("MERLAB_SMOKE", "1"), root);
        JsonNode json = new ObjectMapper().readTree(Facts.of(p, "vgmidi").json());
        assertEquals("vgmidi", json.get("dataset").asText());
        assertEquals(p.asMap().keySet(), iterable(json.get("parameters")));
    }

    @Test
    void aTableGivesOneFactPerNumericCellNamedByItsKeys() {
        Facts facts = Facts.of(Params.from(Map.of(), root)).table("leakage", LEAKAGE, "segments", "protocol");
        assertEquals(List.of("leakage.20.published.testRows", "leakage.20.published.leakedShare",
                "leakage.20.honest.testRows", "leakage.20.honest.leakedShare"), List.copyOf(facts.facts().keySet()));
        assertEquals(0.0, facts.facts().get("leakage.20.honest.leakedShare"));
        assertEquals(320, facts.facts().get("leakage.20.honest.testRows"), "an IntColumn's cells stay integers");
        Table levels = Table.create("t", StringColumn.create("level", "Segment, all test rows"),
                DoubleColumn.create("accuracy", 0.5));
        assertEquals(List.of("acc.segment-all-test-rows.accuracy"),
                List.copyOf(Facts.of(Params.from(Map.of(), root)).table("acc", levels, "level").facts().keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Facts.of(Params.from(Map.of(), root)).table("x", LEAKAGE, "model"));
        assertTrue(e.getMessage().startsWith("table 'leakage' has no key column 'model'"), e.getMessage());
    }

    @Test
    void aMissingTableCellIsANullFactInTheJson() throws Exception {
        Table scores = Table.create("s", StringColumn.create("model", "mean", "lstm"),
                DoubleColumn.create("r", Double.NaN, 0.4));
        Facts facts = Facts.of(Params.from(Map.of(), root)).table("scores", scores, "model");
        JsonNode json = new ObjectMapper().readTree(facts.json());
        assertTrue(json.get("facts").get("scores.mean.r").isNull(), json.toString());
        assertEquals(0.4, json.get("facts").get("scores.lstm.r").asDouble(), 1e-12);
        assertTrue(facts.html().contains("<td>scores.mean.r</td>"), facts.html());
    }

    @Test
    void htmlShowsEveryFactEscaped() {
        String html = Facts.of(Params.from(Map.of(), root)).put("a<b", 1.0).put("share", 0.25).html();
        assertTrue(html.contains("<td>a&lt;b</td><td>1</td>"), html);
        assertTrue(html.contains("<td>share</td><td>0.25</td>"), html);
        assertTrue(html.startsWith("<table><caption>Facts of this run"), html);
    }

    private static java.util.Set<String> iterable(JsonNode object) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
