package org.merlab.serve;

import java.nio.file.Path;
import java.util.List;

import org.merlab.bundle.AudioPrediction;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentRecipe;
import org.merlab.bundle.TextRecipe;
import org.merlab.bundle.Timeline;
import org.merlab.bundle.TimelineFormats;
import org.merlab.bundle.VaRecipe;
import org.merlab.bundle.VaTimeline;
import org.merlab.report.Provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.HttpStatus;

/** The JSON bodies of the API, built in one place so the page, the tests and the README agree on their shape. */
final class Responses {

    /** What a model takes as input, in {@code /v1/models}: the page shows an upload for {@value #AUDIO}. */
    static final String AUDIO = "audio";
    /** What a text model takes: the page shows a text box for {@value #TEXT}. */
    static final String TEXT = "text";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    /** {@code {"status": "ok", "models", "workers", "busy", "queued", "queueCapacity"}}. */
    static ObjectNode health(int models, WorkQueue.Load load) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", "ok");
        node.put("models", models);
        node.put("workers", load.workers());
        node.put("busy", load.busy());
        node.put("queued", load.queued());
        node.put("queueCapacity", load.capacity());
        return node;
    }

    /** {@code {"models": [model, ...]}}, each as {@link #model} gives it. */
    static ObjectNode models(List<Models.Model> models) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode list = node.putArray("models");
        models.forEach(m -> list.add(model(m)));
        return node;
    }

    /**
     * {@code {"name", "kind", "input", "labels", "recipe": {"description", ...kind's fields}, "card": {...},
     * "provenance": {"gitCommit", "created", "seed", "dataset", "datasetFingerprint", "jdk", "backend"}}}.
     */
    static ObjectNode model(Models.Model model) {
        ModelBundle bundle = model.bundle();
        ObjectNode node = JSON.createObjectNode();
        node.put("name", model.name());
        node.put("kind", bundle.kind());
        ObjectNode recipe = node.putObject("recipe");
        recipe.put("description", bundle.describeRecipe());
        switch (bundle.recipe()) {
            case SegmentRecipe r -> {
                node.put("input", AUDIO);
                recipe.put("sampleRate", r.sampleRate());
                recipe.put("segmentSeconds", r.segments().segmentSeconds());
                recipe.put("hopSeconds", r.segments().hopSeconds());
                recipe.put("features", r.features());
            }
            case TextRecipe r -> {
                node.put("input", TEXT);
                recipe.put("architecture", r.architecture());
                recipe.put("vocabularySize", r.encoder().vocabulary().size());
                recipe.put("maxLength", r.encoder().maxLength());
            }
            case VaRecipe r -> {
                node.put("input", AUDIO);
                recipe.put("sampleRate", r.sampleRate());
                recipe.put("stepSeconds", r.stepSeconds());
                recipe.put("window", r.window());
                recipe.put("features", r.features());
            }
        }
        bundle.labels().forEach(node.putArray("labels")::add);
        node.set("card", bundle.card().toJson());
        Provenance p = bundle.provenance();
        ObjectNode provenance = node.putObject("provenance");
        provenance.put("gitCommit", p.gitCommit());
        provenance.put("created", p.created().toString());
        provenance.put("seed", p.seed());
        provenance.put("dataset", p.dataset());
        provenance.put("datasetFingerprint", p.datasetFingerprint());
        provenance.put("jdk", p.jdk());
        ObjectNode backend = provenance.putObject("backend");
        p.backend().forEach(backend::put);
        return node;
    }

    /**
     * {@code {"model", "kind", "labels", "file", "seconds", ...}} under the client's file name, warnings naming it
     * instead of the temporary file: an emotion model's track of {@link TimelineFormats#track} ({@code "segments",
     * "summary": {"top", "probabilities"}}), a valence/arousal model's of {@link TimelineFormats#vaTrack}
     * ({@code "steps", "summary": {target: mean}}), then {@code "warnings", "timings"}. The labels are the bundle's:
     * emotions, or the targets (valence, arousal).
     */
    static ObjectNode prediction(Models.Model model, Upload upload, AudioPrediction p) {
        AudioPrediction named = p.named(Path.of(upload.name()), p.warnings().stream().map(upload::describe).toList());
        ObjectNode node = JSON.createObjectNode();
        node.put("model", model.name());
        node.put("kind", model.bundle().kind());
        model.bundle().labels().forEach(node.putArray("labels")::add);
        node.setAll(switch (named) {
            case Timeline t -> TimelineFormats.track(t);
            case VaTimeline t -> TimelineFormats.vaTrack(t);
        });
        return node;
    }

    /**
     * {@code {"model", "kind", "labels", "texts": [{"text", "top", "probabilities": {label: p}}]}}: one entry per
     * text, in the order sent.
     */
    static ObjectNode textPrediction(Models.Model model, List<String> texts, double[][] p) {
        List<String> labels = model.bundle().labels();
        ObjectNode node = JSON.createObjectNode();
        node.put("model", model.name());
        node.put("kind", model.bundle().kind());
        labels.forEach(node.putArray("labels")::add);
        node.set("texts", TimelineFormats.texts(labels, texts, p));
        return node;
    }

    /** {@code {"status": 415, "error": "Unsupported Media Type", "message": "..."}}. */
    static ObjectNode error(int status, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", status);
        node.put("error", HttpStatus.forStatus(status).getMessage());
        node.put("message", message);
        return node;
    }

    static String text(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
