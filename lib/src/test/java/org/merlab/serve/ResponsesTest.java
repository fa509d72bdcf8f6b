package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.bundle.Timeline;

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
}
