package org.merlab.notebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a notebook claims about its own run, in a form {@code environment/run-notebooks --check} can verify: the
 * dataset (whose report folder the executed notebook is filed in), the parameters as they ran ({@link Params#asMap()}, to compare with the parameters table the notebook
 * showed first), and named numbers, e.g. {@code leakage.20.honest.leakedShare = 0}. A notebook's last cell shows
 * them; the kernel (its {@code FactsDisplay}, in {@code environment/kernel-fix}) sends them as a small HTML table for
 * the reader and as {@value #MIME} JSON ({@link #json()}) for the check, which applies the rules
 * {@code notebooks/expected-outputs.json} lists for that notebook.
 *
 * <p>Names are dot-separated, lower-level parts last; table-derived names are made by {@link #table}. Values are
 * numbers, strings or booleans; a non-finite number is kept (as the string {@code "NaN"} or {@code "Infinity"}),
 * so a rule asking for a finite value fails on it instead of never seeing it.
 */
public final class Facts {

    /** The MIME type of {@link #json()} in a notebook's outputs. */
    public static final String MIME = "application/vnd.merlab.facts+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String dataset;
    private final Map<String, String> parameters;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    private Facts(String dataset, Map<String, String> parameters) {
        this.dataset = dataset;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The facts of a run with these parameters, as they stand now (make them after the notebook's choices), on the
     * Emotify dataset they chose ({@link Params#dataset()}).
     */
    public static Facts of(Params params) {
        return of(params, params.dataset());
    }

    /**
     * The facts of a run of a study with data of its own (VGMIDI, MUSIFEAST-17, the text corpus), named
     * {@code dataset} as its report folder is: {@code run-notebooks} files the executed notebook under it.
     */
    public static Facts of(Params params, String dataset) {
        return new Facts(dataset, params.asMap());
    }

    /** Adds or replaces the fact {@code name}. */
    public Facts put(String name, Number value) {
        return putValue(name, value);
    }

    /** Adds or replaces the fact {@code name}. */
    public Facts put(String name, String value) {
        return putValue(name, value);
    }

    /** Adds or replaces the fact {@code name}. */
    public Facts put(String name, boolean value) {
        return putValue(name, value);
    }

    /**
     * One fact per numeric cell of {@code table} outside the key columns, named
     * {@code prefix.<key values>.<column>}: the leakage table with keys {@code segments, protocol} gives
     * {@code leakage.20.honest.leakedShare}. Key values are lower-cased, with every run of characters other than
     * letters, digits, {@code _} and {@code -} made one {@code -} ("segment, all test rows" gives
     * {@code segment-all-test-rows}).
     *
     * @throws IllegalArgumentException if a key column is missing
     */
    public Facts table(String prefix, Table table, String... keyColumns) {
        for (String key : keyColumns) {
            if (!table.columnNames().contains(key)) {
                throw new IllegalArgumentException("table '" + table.name() + "' has no key column '" + key
                        + "'; it has " + table.columnNames());
            }
        }
        for (int row = 0; row < table.rowCount(); row++) {
            StringBuilder base = new StringBuilder(prefix);
            for (String key : keyColumns) {
                base.append('.').append(part(table.getString(row, key)));
            }
            for (Column<?> column : table.columns()) {
                if (column instanceof NumericColumn<?> && !List.of(keyColumns).contains(column.name())) {
                    // The column's own type (an IntColumn's Integer, a DoubleColumn's Double); null if missing.
                    putValue(base + "." + column.name(), column.get(row));
                }
            }
        }
        return this;
    }

    /** The named facts, in the order they were added. */
    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    /** {@code {"dataset": ..., "parameters": {...}, "facts": {...}}}, one line. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("dataset", dataset);
        root.set("parameters", JSON.valueToTree(parameters));
        ObjectNode named = root.putObject("facts");
        facts.forEach((name, value) -> {
            switch (value) {
                case null -> named.putNull(name);
                case Double d when d.isNaN() || d.isInfinite() -> named.put(name, d.toString());
                case Float f when f.isNaN() || f.isInfinite() -> named.put(name, f.toString());
                default -> named.set(name, JSON.valueToTree(value));
            }
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings, numbers and booleans always serialises", e);
        }
    }

    /** The facts for a reader: a two-column HTML table (fact, value) under a one-line caption. */
    public String html() {
        StringBuilder html = new StringBuilder("<table><caption>Facts of this run (checked by "
                + "<code>run-notebooks --check</code>), dataset ").append(escape(dataset))
                .append("</caption><thead><tr><th>fact</th><th>value</th></tr></thead><tbody>");
        facts.forEach((name, value) -> html.append("<tr><td>").append(escape(name)).append("</td><td>")
                .append(escape(text(value))).append("</td></tr>"));
        return html.append("</tbody></table>").toString();
    }

    @Override
    public String toString() {
        return "Facts" + facts;
    }

    private Facts putValue(String name, Object value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a fact needs a name");
        }
        facts.put(name, value);
        return this;
    }

    private static String part(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-|-$", "");
    }

    private static String text(Object value) {
        return value instanceof Double d && d == Math.rint(d) && !d.isInfinite() ? String.valueOf(d.longValue())
                : String.valueOf(value);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
