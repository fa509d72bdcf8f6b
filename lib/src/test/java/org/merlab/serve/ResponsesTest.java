package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.bundle.Timeline;
import org.merlab.bundle.VaTimeline;

import com.fasterxml.jackson.databind.node.ObjectNode;

class ResponsesTest {

    @Test
    void anErrorHasItsStatusItsReasonAndTheMessage() {
        assertEquals("{\"status\":415,\"error\":\"Unsupported Media Type\",\"message\":\"a.ogg: Opus\"}",
                Responses.text(Responses.error(415, "a.ogg: Opus")));
    }

    @Test
    void aPredictionNamesTheClientsFileNotTheTemporaryOne() {
        ServeFixture fixture = ServeFixture.get();
        Models.Model model = Models.load(fixture.bundle).all().getFirst();
        Path temp = Path.of("/tmp/merlab-serve-1/upload-9.wav");
        List<String> labels = model.bundle().labels();
        double[] p = new double[labels.size()];
        p[1] = 1;
        Timeline t = new Timeline(temp, 0.5, labels, List.of(new Timeline.Step(0, 0.5, p, false)), p,
                new Timeline.Timings(0.1, 0.2, 0.3), List.of(temp + " is 0.50 s long"));
        ObjectNode json = Responses.prediction(model, new Upload(temp, "song.wav"), t);
        assertEquals(ServeFixture.MODEL, json.get("model").asText());
        assertEquals("segment-classifier", json.get("kind").asText());
        assertEquals("song.wav", json.get("file").asText());
        assertEquals("song.wav is 0.50 s long", json.get("warnings").get(0).asText());
        assertEquals(labels.get(1), json.get("summary").get("top").asText());
        assertEquals(labels.size(), json.get("labels").size());
        assertEquals(false, json.get("segments").get(0).get("complete").asBoolean());
    }

    @Test
    void aValenceArousalPredictionGivesItsStepsAndTargetMeansUnderTheClientsName() {
        ServeFixture fixture = ServeFixture.get();
        Models.Model model = Models.load(fixture.vaBundle).all().getFirst();
        Path temp = Path.of("/tmp/merlab-serve-1/upload-3.mp3");
        List<String> targets = model.bundle().labels();
        VaTimeline t = new VaTimeline(temp, 1.5, targets, List.of(new VaTimeline.Step(0, 1, new double[] {0.25, -0.5}),
                new VaTimeline.Step(1, 1.5, new double[] {0.75, 0.5})), new double[] {0.5, 0},
                new Timeline.Timings(0.1, 0.2, 0.3), List.of(temp + " is short"));
        ObjectNode json = Responses.prediction(model, new Upload(temp, "piece.mp3"), t);
        assertEquals(ServeFixture.VA_MODEL, json.get("model").asText());
        assertEquals("valence-arousal", json.get("kind").asText());
        assertEquals("piece.mp3", json.get("file").asText());
        assertEquals("piece.mp3 is short", json.get("warnings").get(0).asText());
        assertEquals(List.of("valence", "arousal"), List.of(json.get("labels").get(0).asText(),
                json.get("labels").get(1).asText()));
        assertEquals(2, json.get("steps").size());
        assertEquals(1.0, json.get("steps").get(1).get("start").asDouble());
        assertEquals(0.5, json.get("steps").get(1).get("values").get("arousal").asDouble());
        assertEquals(0.5, json.get("summary").get("valence").asDouble());
        assertEquals(0.3, json.get("timings").get("networkSeconds").asDouble());
        assertFalse(json.has("segments"));
    }
}
