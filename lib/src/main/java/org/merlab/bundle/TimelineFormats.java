package org.merlab.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Timelines as text for people and programs: CSV (one row per segment, then one {@code mean} row per track) or JSON
 * (tracks with their segments and summary, and the files that failed).
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
        ArrayNode failures = root.putArray("failed");
        for (Failed f : failed) {
            failures.addObject().put("file", f.file().toString()).put("reason", f.reason());
        }
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
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
        ObjectNode timings = track.putObject("timings");
        timings.put("decodeSeconds", t.timings().decode());
        timings.put("featureSeconds", t.timings().features());
        timings.put("networkSeconds", t.timings().network());
        return track;
    }

    private static void row(StringBuilder csv, String file, String segment, double start, double end,
                            boolean complete, String top, double[] p) {
        csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%s,%s", file, segment, start, end, complete,
                quote(top)));
        for (double v : p) {
            csv.append(',').append(v);
        }
        csv.append('\n');
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
