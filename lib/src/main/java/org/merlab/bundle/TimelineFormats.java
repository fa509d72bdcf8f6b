package org.merlab.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.merlab.eval.Probabilities;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Predictions as text for people and programs: CSV (one row per segment or step, then one {@code mean} row per track;
 * one row per text) or JSON (tracks with their segments or steps and summary, or texts, and what failed).
 */
public final class TimelineFormats {

    /** The {@code segment} value of a track's summary row in CSV. */
    public static final String SUMMARY = "mean";

    private TimelineFormats() {
    }

    /** A file that could not be predicted, and why. */
    public record Failed(Path file, String reason) {
    }

    /**
     * Columns {@code file, segment, start_s, end_s, complete, top}, then one probability column per label; each
     * track's segments (numbered from 0) are followed by its summary row ({@code segment} = {@value #SUMMARY},
     * {@code 0} to the track's length).
     */
    public static String csv(List<String> labels, List<Timeline> timelines) {
        StringBuilder csv = new StringBuilder("file,segment,start_s,end_s,complete,top");
        labels.forEach(l -> csv.append(',').append(quote(l)));
        csv.append('\n');
        for (Timeline t : timelines) {
            String file = quote(t.file().toString());
            for (int i = 0; i < t.segments().size(); i++) {
                Timeline.Step s = t.segments().get(i);
                row(csv, file, String.valueOf(i), s.start(), s.end(), s.complete(), labels.get(s.top()),
                        s.probabilities());
            }
            row(csv, file, SUMMARY, 0, t.seconds(), t.segments().stream().allMatch(Timeline.Step::complete), t.top(),
                    t.mean());
        }
        return csv.toString();
    }

    /**
     * {@code {"bundle", "kind", "labels", "tracks": [{"file", "seconds", "segments": [{"start", "end", "complete",
     * "top", "probabilities": {label: p}}], "summary": {"top", "probabilities"}, "warnings", "timings"}],
     * "failed": [{"file", "reason"}]}}.
     */
    public static String json(Path bundle, String kind, List<String> labels, List<Timeline> timelines,
                              List<Failed> failed) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("bundle", bundle.toString());
        root.put("kind", kind);
        labels.forEach(root.putArray("labels")::add);
        ArrayNode tracks = root.putArray("tracks");
        timelines.forEach(t -> tracks.add(track(t)));
        return withFailures(root, failed);
    }

    /**
     * One track of {@link #json}: {@code {"file", "seconds", "segments": [{"start", "end", "complete", "top",
     * "probabilities": {label: p}}], "summary": {"top", "probabilities"}, "warnings", "timings"}}.
     */
    public static ObjectNode track(Timeline t) {
        List<String> labels = t.labels();
        ObjectNode track = Json.MAPPER.createObjectNode();
        track.put("file", t.file().toString());
        track.put("seconds", t.seconds());
        ArrayNode segments = track.putArray("segments");
        for (Timeline.Step s : t.segments()) {
            ObjectNode step = segments.addObject();
            step.put("start", s.start());
            step.put("end", s.end());
            step.put("complete", s.complete());
            step.put("top", labels.get(s.top()));
            probabilities(step.putObject("probabilities"), labels, s.probabilities());
        }
        ObjectNode summary = track.putObject("summary");
        summary.put("top", t.top());
        probabilities(summary.putObject("probabilities"), labels, t.mean());
        t.warnings().forEach(track.putArray("warnings")::add);
        timings(track, t.timings());
        return track;
    }

    /**
     * Columns {@code file, step, start_s, end_s}, then one column per target (valence, arousal); each track's steps
     * (numbered from 0) are followed by its summary row ({@code step} = {@value #SUMMARY}, the mean over steps).
     */
    public static String vaCsv(List<String> targets, List<VaTimeline> timelines) {
        StringBuilder csv = new StringBuilder("file,step,start_s,end_s");
        targets.forEach(t -> csv.append(',').append(quote(t)));
        csv.append('\n');
        for (VaTimeline t : timelines) {
            String file = quote(t.file().toString());
            for (int i = 0; i < t.steps().size(); i++) {
                VaTimeline.Step s = t.steps().get(i);
                values(csv.append(String.format(Locale.ROOT, "%s,%d,%.3f,%.3f", file, i, s.start(), s.end())),
                        s.values());
            }
            values(csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f", file, SUMMARY, 0.0, t.seconds())),
                    t.mean());
        }
        return csv.toString();
    }

    /**
     * {@code {"bundle", "kind", "targets", "tracks": [{"file", "seconds", "steps": [{"start", "end", "values":
     * {target: v}}], "summary": {target: mean}, "warnings", "timings"}], "failed": [{"file", "reason"}]}}.
     */
    public static String vaJson(Path bundle, String kind, List<String> targets, List<VaTimeline> timelines,
                                List<Failed> failed) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("bundle", bundle.toString());
        root.put("kind", kind);
        targets.forEach(root.putArray("targets")::add);
        ArrayNode tracks = root.putArray("tracks");
        timelines.forEach(t -> tracks.add(vaTrack(t)));
        return withFailures(root, failed);
    }

    /**
     * One track of {@link #vaJson}: {@code {"file", "seconds", "steps": [{"start", "end", "values": {target: v}}],
     * "summary": {target: mean}, "warnings", "timings"}}.
     */
    public static ObjectNode vaTrack(VaTimeline t) {
        List<String> targets = t.targets();
        ObjectNode track = Json.MAPPER.createObjectNode();
        track.put("file", t.file().toString());
        track.put("seconds", t.seconds());
        ArrayNode steps = track.putArray("steps");
        for (VaTimeline.Step s : t.steps()) {
            ObjectNode step = steps.addObject();
            step.put("start", s.start());
            step.put("end", s.end());
            probabilities(step.putObject("values"), targets, s.values());
        }
        probabilities(track.putObject("summary"), targets, t.mean());
        t.warnings().forEach(track.putArray("warnings")::add);
        timings(track, t.timings());
        return track;
    }

    /** Columns {@code text, top}, then each label's probability; one row per text. */
    public static String textCsv(List<String> labels, List<String> texts, double[][] p) {
        StringBuilder csv = new StringBuilder("text,top");
        labels.forEach(l -> csv.append(',').append(quote(l)));
        csv.append('\n');
        for (int i = 0; i < texts.size(); i++) {
            csv.append(quote(texts.get(i))).append(',').append(quote(labels.get(Probabilities.argmax(p[i]))));
            values(csv, p[i]);
        }
        return csv.toString();
    }

    /** {@code [{"text", "top", "probabilities": {label: p}}]}, one per text, in order. */
    public static ArrayNode texts(List<String> labels, List<String> texts, double[][] p) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (int i = 0; i < texts.size(); i++) {
            ObjectNode entry = list.addObject();
            entry.put("text", texts.get(i));
            entry.put("top", labels.get(Probabilities.argmax(p[i])));
            probabilities(entry.putObject("probabilities"), labels, p[i]);
        }
        return list;
    }

    /** {@code {"bundle", "kind", "labels", "texts": }{@link #texts}{@code , "failed": [{"line", "reason"}]}}. */
    public static String textJson(Path bundle, String kind, List<String> labels, List<String> texts, double[][] p,
                                  List<String> failed) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("bundle", bundle.toString());
        root.put("kind", kind);
        labels.forEach(root.putArray("labels")::add);
        root.set("texts", texts(labels, texts, p));
        failed.forEach(root.putArray("failed")::add);
        return write(root);
    }

    private static String withFailures(ObjectNode root, List<Failed> failed) {
        ArrayNode failures = root.putArray("failed");
        for (Failed f : failed) {
            failures.addObject().put("file", f.file().toString()).put("reason", f.reason());
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static void timings(ObjectNode track, Timeline.Timings t) {
        ObjectNode timings = track.putObject("timings");
        timings.put("decodeSeconds", t.decode());
        timings.put("featureSeconds", t.features());
        timings.put("networkSeconds", t.network());
    }

    private static void values(StringBuilder csv, double[] v) {
        for (double x : v) {
            csv.append(',').append(x);
        }
        csv.append('\n');
    }

    private static void row(StringBuilder csv, String file, String segment, double start, double end,
                            boolean complete, String top, double[] p) {
        values(csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%s,%s", file, segment, start, end, complete,
                quote(top))), p);
    }

    private static void probabilities(ObjectNode node, List<String> labels, double[] p) {
        for (int c = 0; c < p.length; c++) {
            node.put(labels.get(c), p[c]);
        }
    }

    private static String quote(String field) {
        return field.matches("[^\",\\n\\r]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
