package org.merlab.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.ScoreRow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a user must know before trusting a bundle's predictions (Mitchell et al. 2019, "Model Cards for Model
 * Reporting"): what it was trained on, how, how well it did on data it never saw, and where it fails. Kept in
 * {@code bundle.json} and rendered as {@code MODEL_CARD.md}.
 *
 * @param model              the network, e.g. the paper's CNN-LSTM
 * @param task               what the labels mean
 * @param dataset            training data name
 * @param datasetFingerprint {@link org.merlab.report.Fingerprint} of the annotation and audio files used
 * @param tracks             tracks used
 * @param segments           segments (rows) cut from them
 * @param tracksPerLabel     tracks per label, in label order
 * @param protocol           how tracks were split, resampled and scaled, in sentences
 * @param training           training settings and outcome (epochs run, restored epoch, ...)
 * @param evaluations        scores on data the network did not train on, each with 95% intervals where computed
 * @param limits             known limits, in sentences
 */
public record ModelCard(String model, String task, String dataset, String datasetFingerprint, int tracks,
                        int segments, Map<String, Integer> tracksPerLabel, String protocol,
                        Map<String, String> training, List<Scores> evaluations, List<String> limits) {

    public ModelCard {
        tracksPerLabel = Collections.unmodifiableMap(new LinkedHashMap<>(tracksPerLabel));
        training = Collections.unmodifiableMap(new LinkedHashMap<>(training));
        evaluations = List.copyOf(evaluations);
        limits = List.copyOf(limits);
    }

    /**
     * One evaluation: the network's score rows and the reference rows beside it.
     *
     * @param name        e.g. {@code held-out test} or {@code 5-fold cross-validation}
     * @param description what was scored, in a sentence
     * @param rows        score rows (model, level, metrics and intervals)
     */
    public record Scores(String name, String description, List<ScoreRow> rows) {

        public Scores {
            rows = List.copyOf(rows);
        }

        /** The row of {@code model} at {@code level}, if there is one. */
        public Optional<ScoreRow> row(String model, String level) {
            return rows.stream().filter(r -> r.model().equals(model) && r.level().equals(level)).findFirst();
        }
    }

    /** The card as the {@code card} object of {@code bundle.json} (also what {@code merlab serve} lists). */
    public ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("model", model);
        node.put("task", task);
        node.put("dataset", dataset);
        node.put("datasetFingerprint", datasetFingerprint);
        node.put("tracks", tracks);
        node.put("segments", segments);
        ObjectNode perLabel = node.putObject("tracksPerLabel");
        tracksPerLabel.forEach(perLabel::put);
        node.put("protocol", protocol);
        ObjectNode settings = node.putObject("training");
        training.forEach(settings::put);
        ArrayNode evals = node.putArray("evaluations");
        for (Scores s : evaluations) {
            ObjectNode e = evals.addObject();
            e.put("name", s.name());
            e.put("description", s.description());
            ArrayNode rows = e.putArray("rows");
            s.rows().forEach(r -> rows.add(row(r)));
        }
        ArrayNode known = node.putArray("limits");
        limits.forEach(known::add);
        return node;
    }

    static ModelCard fromJson(JsonNode node) {
        Map<String, Integer> perLabel = new LinkedHashMap<>();
        Json.field(node, "tracksPerLabel").properties().forEach(e -> perLabel.put(e.getKey(), e.getValue().asInt()));
        Map<String, String> settings = new LinkedHashMap<>();
        Json.field(node, "training").properties().forEach(e -> settings.put(e.getKey(), e.getValue().asText()));
        List<Scores> evals = new ArrayList<>();
        for (JsonNode e : Json.array(node, "evaluations")) {
            List<ScoreRow> rows = new ArrayList<>();
            for (JsonNode r : Json.array(e, "rows")) {
                rows.add(row(r));
            }
            evals.add(new Scores(Json.text(e, "name"), Json.text(e, "description"), rows));
        }
        return new ModelCard(Json.text(node, "model"), Json.text(node, "task"), Json.text(node, "dataset"),
                Json.text(node, "datasetFingerprint"), Json.integer(node, "tracks"), Json.integer(node, "segments"),
                perLabel, Json.text(node, "protocol"), settings, evals, Json.strings(node, "limits"));
    }

    private static ObjectNode row(ScoreRow r) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("model", r.model());
        node.put("level", r.level());
        node.put("rows", r.rows());
        ObjectNode values = node.putObject("values");
        ObjectNode intervals = node.putObject("intervals");
        for (Metric m : Metric.values()) {
            values.put(m.column(), r.values().get(m));
            Interval ci = r.intervals().get(m);
            if (ci != null) {
                intervals.putArray(m.column()).add(ci.low()).add(ci.high());
            }
        }
        return node;
    }

    private static ScoreRow row(JsonNode node) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
        JsonNode v = Json.field(node, "values");
        JsonNode ci = Json.field(node, "intervals");
        for (Metric m : Metric.values()) {
            values.put(m, Json.number(v, m.column()));
            if (ci.has(m.column())) {
                double[] bounds = Json.numbers(ci, m.column());
                if (bounds.length != 2) {
                    throw new BundleException("interval '" + m.column() + "' must have 2 bounds, got "
                            + Arrays.toString(bounds));
                }
                intervals.put(m, new Interval(bounds[0], bounds[1]));
            }
        }
        return new ScoreRow(Json.text(node, "model"), Json.text(node, "level"), Json.integer(node, "rows"), values,
                intervals);
    }

    /**
     * The card as Markdown: training data, protocol, training, each evaluation as a table, limits.
     *
     * @param units what {@link #tracks} and {@link #segments} count for this kind, e.g. {@code tracks, segments}
     */
    public String toMarkdown(List<String> labels, String recipe, String provenanceSummary, List<String> units) {
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(model).append("\n\n");
        md.append("**Task:** ").append(task).append("\n\n");
        md.append("**Labels:** ").append(String.join(", ", labels)).append("\n\n");
        md.append("**Input:** ").append(recipe).append("\n\n");
        md.append("## Training data\n\n");
        md.append(String.format(Locale.ROOT, "%s (fingerprint `%s`): %d %s", dataset, datasetFingerprint, tracks,
                units.get(0)));
        md.append(units.get(0).equals(units.get(1)) ? ".\n\n"
                : String.format(Locale.ROOT, ", %d %s.%n%n", segments, units.get(1)));
        if (!tracksPerLabel.isEmpty()) {
            md.append("| label | ").append(units.get(0)).append(" |\n|---|---|\n");
            tracksPerLabel.forEach((label, n) -> md.append("| ").append(label).append(" | ").append(n)
                    .append(" |\n"));
        }
        md.append("\n## Protocol\n\n").append(protocol).append("\n\n## Training\n\n");
        training.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        for (Scores s : evaluations) {
            md.append("\n## Evaluation: ").append(s.name()).append("\n\n").append(s.description()).append("\n\n");
            md.append("| model | level | rows |");
            for (Metric m : Metric.values()) {
                md.append(' ').append(m.column()).append(" [95% CI] |");
            }
            md.append("\n|---|---|---|").append("---|".repeat(Metric.values().length)).append('\n');
            for (ScoreRow r : s.rows()) {
                md.append("| ").append(r.model()).append(" | ").append(r.level()).append(" | ").append(r.rows())
                        .append(" |");
                for (Metric m : Metric.values()) {
                    Interval ci = r.intervals().get(m);
                    md.append(String.format(Locale.ROOT, " %.3f%s |", r.values().get(m),
                            ci == null ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", ci.low(), ci.high())));
                }
                md.append('\n');
            }
        }
        md.append("\n## Known limits\n\n");
        limits.forEach(l -> md.append("- ").append(l).append('\n'));
        md.append("\n## Provenance\n\n").append(provenanceSummary).append('\n');
        return md.toString();
    }
}
